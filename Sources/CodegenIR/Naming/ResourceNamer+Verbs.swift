/// The method words of ``ResourceNamer``: call-control actions, item and collection verbs, leaves.
extension ResourceNamer {
    /// Verbs that call-control action paths put last (`siprec_start`, `client_state_update`).
    static let trailingVerbs: Set<String> = ["start", "stop", "update", "pause", "resume"]
    /// Verbs that call-control action paths put after their noun, not always last (`ai_assistant_join`).
    static let innerVerbs: Set<String> = trailingVerbs.union(["add", "join"])
    /// Nouns of call-control actions that are verbs themselves and read as their gerund once the
    /// action's verb comes first: `record_start` → `startRecording`, `fork_stop` → `stopForking`.
    static let gerunds: [String: String] = ["record": "recording", "fork": "forking"]

    /// A call-control action's method name, verb first: `siprec_start` → `startSiprec`,
    /// `gather_stop` → `stopGather`, `client_state_update` → `updateClientState`,
    /// `ai_assistant_add_messages` → `addAIAssistantMessages`, `record_pause` → `pauseRecording`;
    /// other actions keep their words (`hangup`, `speak`). Only `/calls/{id}/actions/...` moves verbs:
    /// conference actions keep their words (`record_start` → `recordStart`).
    static func actionName(_ leaf: String) -> String {
        var words = leaf.split(separator: "_").map(String.init)
        if words.count >= 2, let index = words.indices.dropFirst().first(where: { innerVerbs.contains(words[$0]) }) {
            let verb = words.remove(at: index)
            words.insert(verb, at: 0)
            if words.count == 2, let gerund = gerunds[words[1]] { words[1] = gerund }
        }
        return NameCase.lowerCamel(words.joined(separator: "_"))
    }

    func itemVerb(_ method: HTTPMethod) -> String {
        switch method {
        case .get: "retrieve"
        case .delete: "delete"
        default: "update"
        }
    }

    /// The method of an item route (`/x/{id}`).
    func itemMethod(_ route: Route) -> String {
        // An item that takes a PUT (its `update`) and a POST: the POST is its `create`.
        if route.method == .post, putPaths.contains(route.path) { return "create" }
        // An item that takes a PATCH (its `update`) and a PUT: the PUT replaces it.
        if route.method == .put, patchPaths.contains(route.path) { return "replace" }
        // An item's DELETE, PUT or PATCH whose summary names an action: `deactivate`, `rename`.
        if route.method != .get, let verb = SummaryVerb.actionVerb(summary: route.summary) { return verb }
        return itemVerb(route.method)
    }

    func collectionVerb(_ route: Route, hasItems: Bool) -> String {
        // A POST, PUT or DELETE whose summary names an action, not the method's create, update or
        // delete of a record: `dial`, `upload`, `trigger`, `imports`.
        if route.method != .get, let verb = SummaryVerb.actionVerb(summary: route.summary) { return verb }
        switch route.method {
        case .get: return route.returnsList || hasItems ? "list" : "retrieve"
        case .post: return "create"
        // A DELETE on a collection whose items have their own routes deletes several: `deleteBulk`.
        case .delete: return hasItems ? "deleteBulk" : "delete"
        default: return "update"
        }
    }

    /// Verbs a leaf can start with and that stand alone as a method (`cancel`, `update_global_channel_limit`).
    static let leadingVerbs: Set<String> = ["cancel", "update", "delete", "revet", "mark"]

    /// GET leaves that are verbs and stand alone as a method (`download`, `preview`).
    static let getVerbs: Set<String> = ["download", "preview"]

    func leafMethod(_ route: Route, leaf: String) -> String {
        if route.method != .get && route.method != .post {
            let words = leaf.split(separator: "_").map(String.init)
            if let first = words.first, Self.leadingVerbs.contains(first) { return NameCase.lowerCamel(leaf) }
            if words.count >= 2, let verb = words.last, Self.trailingVerbs.contains(verb) {
                return Self.actionName(leaf)
            }
        }
        let noun = NameCase.upperCamel(leaf)
        // A GET leaf that is a verb names the method itself: `/documents/{id}/download` → `documents.download`.
        if route.method == .get, Self.getVerbs.contains(leaf) { return leaf }
        switch route.method {
        case .get: return (route.returnsList ? "list" : "retrieve") + noun
        case .post: return SummaryVerb.methodName(summary: route.summary, leaf: leaf) ?? NameCase.lowerCamel(leaf)
        case .delete: return "delete" + noun
        default: return "update" + noun
        }
    }

    /// A method never repeats its resource: one named like it takes its HTTP method's verb
    /// (`texml.accounts.calls.calls` → `.create`), and one that is a verb and the resource's noun is
    /// the verb (`ai.missions.tools.createTool` → `.create`, `runs.cancelRun` → `.cancel`), with
    /// `get` read as the client's `retrieve` (`tools.getTool` → `.retrieve`).
    static func notRepeatingItsResource(_ name: ResourceName, method: HTTPMethod) -> ResourceName {
        guard let resource = name.resourcePath.last else { return name }
        let verbs: [HTTPMethod: String] = [
            .get: "list", .post: "create", .put: "replace", .patch: "update", .delete: "delete",
        ]
        var renamed = name
        if name.methodName == resource, let verb = verbs[method] {
            renamed.methodName = verb
        } else if let verb = verbBeforeNoun(of: resource, in: name.methodName) {
            renamed.methodName = verb == "get" ? "retrieve" : verb
        }
        return renamed
    }

    /// `create` of `createTool` under `tools` (or `createTools`); nil unless the method is one word
    /// followed by the resource's words, plural or singular.
    static func verbBeforeNoun(of resource: String, in method: String) -> String? {
        let words = NameCase.words(method).map { $0.lowercased() }
        guard words.count >= 2 else { return nil }
        let noun = NameCase.words(resource).map { $0.lowercased() }.joined()
        let rest = words.dropFirst().joined()
        return rest == noun || rest == singular(noun) ? words[0] : nil
    }
}
