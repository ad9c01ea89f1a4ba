/// A Swift expression that reads members (`response.data?.id`, `response.data?[0]`,
/// `event.data?.payload?.messagingProfileID`): typed steps, written as Swift in one place
/// (``description``): `.` between members, `?` after a member that can be nil, `[0]` for a list's
/// first element.
struct MemberChain: Sendable, Equatable, CustomStringConvertible {
    enum Step: Sendable, Equatable {
        /// A member by its Swift name; `canBeNil` when the member reads as an optional.
        case member(String, canBeNil: Bool)
        /// The first element of a list.
        case firstElement
    }

    /// The variable the chain starts from; nil for a chain of members alone (`data?.payload?.id`).
    var root: String?
    var steps: [Step] = []

    /// The chain followed by the member `name`.
    func member(_ name: String, canBeNil: Bool = false) -> MemberChain {
        MemberChain(root: root, steps: steps + [.member(name, canBeNil: canBeNil)])
    }

    /// The chain followed by `[0]`.
    var firstElement: MemberChain { MemberChain(root: root, steps: steps + [.firstElement]) }

    /// Whether a member on the way, before the last step, can be nil: the whole chain then can.
    var readsThroughOptional: Bool {
        steps.dropLast().contains { if case .member(_, true) = $0 { true } else { false } }
    }

    /// The members' names, in order.
    var memberNames: [String] {
        steps.compactMap { if case .member(let name, _) = $0 { name } else { nil } }
    }

    var description: String {
        var text = root ?? ""
        var afterOptional = false
        for step in steps {
            if afterOptional { text += "?" }
            switch step {
            case .member(let name, let canBeNil):
                if !text.isEmpty { text += "." }
                text += name
                afterOptional = canBeNil
            case .firstElement:
                text += "[0]"
                afterOptional = false
            }
        }
        return text
    }
}
