import PluginsShared

/// The verb of a POST to a noun segment, read from the operation's summary: the official SDKs name
/// `POST /messages/short_code` ("Send a short code message") `sendShortCode` and
/// `POST /verifications/sms` ("Trigger SMS verification") `triggerSMS`, not `shortCode` and `sms`.
public enum SummaryVerb {
    /// Summary verbs that name such a method.
    static let verbs: Set<String> = ["send", "trigger", "create", "update", "generate", "resend", "submit"]
    /// Words that make a segment an action already (`leave_queue`, `similarity-search`): it keeps its words.
    static let actionWords: Set<String> = verbs.union([
        "confirm", "leave", "search", "verify", "join", "cancel", "delete", "mark", "revet", "start", "stop",
        "check", "validate", "upload", "refresh", "add", "remove", "batch",
    ])

    /// `sendShortCode` for the leaf `short_code` under the summary "Send a short code message"; nil
    /// when the summary does not start with one of ``verbs``, the leaf is an action already, or the
    /// leaf is one plural noun (`grants`, `messages`: a collection posted to; `sms` is not plural:
    /// `triggerSMS`).
    static func methodName(summary: String?, leaf: String) -> String? {
        guard !leaf.hasPrefix("{") else { return nil }
        let words = leaf.split(whereSeparator: { $0 == "_" || $0 == "-" }).map { $0.lowercased() }
        guard !words.isEmpty, !words.contains(where: actionWords.contains) else { return nil }
        if words.count == 1, isPlural(words[0]) { return nil }
        let first = summary?.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).first?.lowercased()
        guard let verb = first, verbs.contains(verb) else { return nil }
        return verb + NameCase.upperCamel(leaf)
    }

    /// A lowercase word that reads as a plural noun: `grants`, `ids`; not an acronym ending in S (`sms`).
    static func isPlural(_ word: String) -> Bool {
        guard word.hasSuffix("s") else { return false }
        return NameCase.acronyms[word].map { $0.last != "S" } ?? true
    }

    /// Summary verbs that name an action on a collection or item rather than the HTTP method's
    /// create or delete: the official SDKs call `POST /calls` ("Dial") `dial`, `POST /media`
    /// ("Upload media") `upload`, `POST /portability_checks` ("Run a portability check") `run`,
    /// `DELETE /10dlc/campaign/{id}` ("Deactivate campaign") `deactivate`. Verbs that add a record
    /// (create, add, send, submit, request, start) keep `create`; destroying ones keep `delete`.
    static let actionVerbs: Set<String> = producingVerbs.union([
        "enable", "deactivate", "dismiss", "unlink", "rename", "import",
    ])

    /// The action verbs whose POST makes something, as a create does (a call, an upload, a run): the
    /// skill documents count their methods among a product's core tasks, like `create` and `send`.
    public static let producingVerbs: Set<String> = [
        "assign", "compute", "dial", "link", "log", "order", "preview", "render", "run", "trigger", "upload",
    ]

    /// The summary's first word when it is one of ``actionVerbs``: `dial` for "Dial"; nil when the
    /// summary offers a choice of verbs ("Enable or disable Whatsapp calling": an update).
    static func actionVerb(summary: String?) -> String? {
        let words = summary?.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).prefix(2).map { $0.lowercased() }
        guard let verb = words?.first, actionVerbs.contains(verb), words?.last != "or" else { return nil }
        return verb
    }

    /// The first word of the summary when the operationId starts with it too: both call it the
    /// operation's verb (`send` for "Send an RCS message" and `SendRCSMessage`).
    static func sharedVerb(summary: String?, operationID: String?) -> String? {
        guard let summary, let operationID,
            let first = summary.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).first?.lowercased(),
            let idFirst = NameCase.words(operationID).first?.lowercased(), first == idFirst
        else { return nil }
        return first
    }
}
