import SpecReader

/// Where an operation lives in the client: `client.<resourcePath...>.<methodName>(...)`.
public struct ResourceName: Sendable, Hashable {
    public var resourcePath: [String]
    public var methodName: String

    public init(resourcePath: [String], methodName: String) {
        self.resourcePath = resourcePath
        self.methodName = methodName
    }

    /// `messagingProfiles.autorespConfigs.create`
    public var dotted: String { (resourcePath + [methodName]).joined(separator: ".") }
}

/// Derives resource paths and method names from paths and verbs, the way Telnyx's SDKs name them:
/// collections (`/messaging_profiles`, `/x/{id}/autoresp_configs` with item routes) are resources with
/// `list/create/retrieve/update/delete`; `/x/{id}/actions/y` is `x.actions.y`; other leaves are methods
/// on their parent (`listPhoneNumbers`, `retrieveMetrics`). Overrides come from configuration.
///
/// Rules that follow the official Node SDK's names:
/// - `/10dlc/...` is `messaging10dlc...`;
/// - a sub-collection `/x/{id}/y` that takes a GET and a POST is a resource: `x.y.list`, `x.y.create`
///   (not `x.listY`, `x.y`);
/// - call-control actions whose verb comes last put it first (`siprec_start` → `startSiprec`);
/// - a PATCH/PUT/DELETE on `/x/{id}/y` without a GET on that path is a method on `x`:
///   `updateRequirementGroup`, `deleteSchedule`, and so is one on a literal `/x/y` without a GET or POST
///   (`enterprises.reputation.updateFrequency`); a leaf that is a verb phrase stays itself
///   (`cancel`, `updateGlobalChannelLimit`), verb last moves first (`infringement_update` → `updateInfringement`);
/// - a root `room_sessions` that is the flat twin of `/rooms/{id}/sessions` nests: `rooms.sessions`;
/// - a literal `/x/y` whose GET lists and that takes a POST is a collection too
///   (`portingOrders.phoneNumberConfigurations.list`/`.create`), and so is a GET leaf with routes
///   below it (`/ai/conversations/{id}/messages` → `ai.conversations.messages.list`);
/// - an item `/x/{id}/y/{y_id}` without a route on `/x/{id}/y` is a method on `x`, singular:
///   `externalConnections.updateLocation`, `countryCoverage.retrieveCountry`;
/// - an item's POST beside its PUT is `create` (`customStorageCredentials.create`/`.update`);
/// - a GET is a list only when it pages, or its operationId or summary says it lists
///   (`OperationNaming.namesAList`): `porting_orders/exception_types` → `retrieveExceptionTypes`;
/// - a GET leaf that is a verb is the method (`/documents/{id}/download` → `documents.download`);
/// - TeXML's `/Recordings/{recording_sid}.json` items are `recordings.json.retrieve` and `.delete`, and
///   a POST to one updates it (`calls.recordings.update`);
/// - call-control actions (`/calls/{id}/actions/...`) put their verb first, with a gerund for a
///   noun that is a verb (`record_start` → `startRecording`); conference actions keep their words
///   (`record_start` → `recordStart`);
/// - a POST, PUT, PATCH or DELETE on a collection or item whose summary starts with an action verb
///   takes that verb (`SummaryVerb.actionVerbs`: `calls.dial`, `media.upload`, `campaign.deactivate`);
/// - an item's PUT beside its PATCH is `replace` (`emailTemplates.replace`/`.update`), and a DELETE on
///   a collection whose items have routes is `deleteBulk` (`roomRecordings.deleteBulk`);
/// - a POST to a leaf that other routes continue is a method on that resource, named by the verb its
///   summary and operationId share (`messages.rcs.send` beside `/messages/rcs/deeplinks/...`);
/// - a GET `/x/{id}/y` whose twin `/x/y` is a GET makes `y` a resource (`mobilePhoneNumbers.messaging.list`
///   and `.retrieve`; when `/x/{id}/y` has items, the twin is `x.listY`: `ai.missions.listRuns`); an
///   item makes its chain a collection only when its collection route has the same parameters
///   (`conferences.listParticipants` beside `/conferences/{id}/participants/{participant_id}`);
/// - a TeXML collection whose GET answers pages linked by URIs (`next_page_uri`, a `PageSequence`) and
///   whose POST, if any, does not create lists (`texml.accounts.calls.list`, also without item routes:
///   `calls.recordingsJSON.list`) and its POST would be `.calls`, but see the last rule; `Queues`
///   ("Create a new queue") lists and creates as any collection;
/// - last, unlike the official SDK: no method repeats its resource. One named like it takes its HTTP
///   method's verb (`texml.accounts.calls.calls` → `.create`), one that is a verb and the resource's
///   noun is the verb (`tools.createTool` → `tools.create`): `notRepeatingItsResource`.
struct ResourceNamer {
    struct Route {
        let method: HTTPMethod
        let path: String
        let returnsList: Bool
        /// A TeXML page linked by URIs (`next_page_uri`), not one paged by parameters.
        var pagedByURI = false
        var summary: String? = nil
        var operationID: String? = nil
    }

    /// Literal chains (`messaging_profiles/autoresp_configs`) that behave as collections.
    let collections: Set<String>
    /// Literal chains with an item route (`/messaging_profiles/{id}`): their plain GET lists.
    let chainsWithItems: Set<String>

    init(routes: [Route]) {
        let (collections, chainsWithItems, twins, prefixes) = Self.collectionChains(routes)
        self.twins = twins
        self.collections = collections
        let creating = Set(
            routes.filter { $0.method == .post && ["create", "creates"].contains(Self.firstWord($0.summary)) }.map(
                \.path))
        self.selfNamedPaths = Set(
            routes.filter { $0.method == .get && $0.pagedByURI && !creating.contains($0.path) }.map(\.path))
        self.routePaths = Set(routes.map(\.path))
        self.pathsWithRoutesBelow = prefixes
        self.chains = Set(
            routes.flatMap { route -> [String] in
                var literals = Self.segments(route.path).filter { !$0.isParameter }.map { NameCase.lowerCamel($0.text) }
                if literals.first == "10dlc" { literals[0] = "messaging10dlc" }
                return literals.indices.map { literals[...$0].joined(separator: ".") }
            })
        self.putPaths = Set(routes.filter { $0.method == .put }.map(\.path))
        self.patchPaths = Set(routes.filter { $0.method == .patch }.map(\.path))
        self.chainsWithItems = chainsWithItems
        self.nestedChildren = Set(
            routes.compactMap { route -> String? in
                let segments = Self.segments(route.path)
                guard segments.count >= 3, !segments[0].isParameter, segments[1].isParameter, !segments[2].isParameter
                else { return nil }
                return segments[0].text + "/" + segments[2].text
            })
    }

    /// Every route's literal chain and its prefixes, as resources (`messaging10dlc.partnerCampaigns`).
    let chains: Set<String>

    /// GET paths `/x/y` with a per-item twin `/x/{id}/y`.
    let twins: Set<String>

    /// Paths whose GET answers a TeXML page and whose POST, if any, does not create: not collections.
    let selfNamedPaths: Set<String>

    static func firstWord(_ summary: String?) -> String? {
        summary?.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).first?.lowercased()
    }

    /// Every route's path.
    let routePaths: Set<String>

    /// Paths that other routes continue (`/messages/rcs` of `/messages/rcs/deeplinks/{agent_id}`).
    let pathsWithRoutesBelow: Set<String>

    /// `/x/{id}/y` of `/x/{id}/y/{y_id}`.
    static func parentPath(_ path: String) -> String {
        String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
    }

    /// A plural noun's singular: `countries` → `country`, `addresses` → `address`, `locations` → `location`.
    static func singular(_ noun: String) -> String {
        if noun.hasSuffix("ies") { return noun.dropLast(3) + "y" }
        if noun.hasSuffix("sses") || noun.hasSuffix("xes") { return String(noun.dropLast(2)) }
        if noun.hasSuffix("s") && !noun.hasSuffix("ss") { return String(noun.dropLast()) }
        return noun
    }

    /// Paths that take a PUT.
    let putPaths: Set<String>
    /// Paths that take a PATCH.
    let patchPaths: Set<String>

    /// `owner/child` where `/owner/{id}/child...` is a route (`rooms/sessions`, `sim_cards/actions`).
    let nestedChildren: Set<String>

    /// `/x/{id}/y/{y_id}` (or `/x/y/{y_id}`): an item below a literal collection segment.
    static func isSubItem(_ segments: [Segment]) -> Bool {
        segments.count >= 3 && segments[segments.count - 1].isParameter && !segments[segments.count - 2].isParameter
    }

    /// `/x/{id}/y`: a literal leaf right after a parameter.
    static func isSubLeaf(_ segments: [Segment]) -> Bool {
        segments.count >= 3 && !segments[segments.count - 1].isParameter && segments[segments.count - 2].isParameter
    }

    /// A root `room_sessions` / `sim_card_actions` that is the flat twin of `/rooms/{id}/sessions`,
    /// `/sim_cards/{id}/actions/...` nests under the owner: `rooms.sessions`, `simCards.actions`.
    func nestedRoot(_ root: String) -> [String]? {
        var words = root.split(separator: "_").map(String.init)
        guard words.count >= 2 else { return nil }
        let child = words.removeLast()
        let owner = words.joined(separator: "_") + "s"
        guard nestedChildren.contains(owner + "/" + child) else { return nil }
        return [NameCase.lowerCamel(owner), NameCase.lowerCamel(child)]
    }

    /// The official SDK's spelling of names its language reserves: `import` → `imports`.
    static let reservedRenames: [String: String] = ["import": "imports"]

    /// The path rules' name, then: a resource named like a plural sibling joins it
    /// (`/10dlc/partnerCampaign/...` beside `/10dlc/partner_campaigns` → `partnerCampaigns`), and a
    /// reserved word is renamed (`emailBlocks.imports.create`, `ai.assistants.imports`).
    func name(for route: Route) -> ResourceName {
        var name = pathName(for: route)
        for index in name.resourcePath.indices {
            let prefix = name.resourcePath[..<index].joined(separator: ".")
            let plural = name.resourcePath[index] + "s"
            if chains.contains(prefix.isEmpty ? plural : prefix + "." + plural) { name.resourcePath[index] = plural }
        }
        name.resourcePath = name.resourcePath.map { Self.reservedRenames[$0] ?? $0 }
        name.methodName = Self.reservedRenames[name.methodName] ?? name.methodName
        return Self.notRepeatingItsResource(name, method: route.method)
    }

    func pathName(for route: Route) -> ResourceName {
        let segments = Self.segments(route.path)
        let literals = segments.filter { !$0.isParameter }.map(\.text)
        guard let last = segments.last, !literals.isEmpty else {
            return ResourceName(resourcePath: [], methodName: route.method.rawValue)
        }
        var resources = literals.map(NameCase.lowerCamel)
        // `/10dlc/...` lives under `messaging10dlc` (also keeps identifiers from starting with a digit).
        if literals[0] == "10dlc" { resources[0] = "messaging10dlc" }
        if let nested = nestedRoot(literals[0]) { resources.replaceSubrange(0..<1, with: nested) }
        if last.isParameter, segments.count >= 3, !segments[segments.count - 2].isParameter, literals.count >= 2,
            !routePaths.contains(Self.parentPath(route.path))
        {
            // An item without a collection route is a method on the owner, singular:
            // `/external_connections/{id}/locations/{location_id}` → `externalConnections.updateLocation`.
            let noun = NameCase.upperCamel(Self.singular(literals[literals.count - 1]))
            return ResourceName(resourcePath: Array(resources.dropLast()), methodName: itemVerb(route.method) + noun)
        }
        if last.isParameter { return ResourceName(resourcePath: resources, methodName: itemMethod(route)) }
        let parents = Array(resources.dropLast())
        if literals.count >= 2, literals[literals.count - 2] == "actions" {
            let name = literals[0] == "calls" ? Self.actionName(last.text) : NameCase.lowerCamel(last.text)
            return ResourceName(resourcePath: parents, methodName: name)
        }
        // TeXML's `/Recordings/{recording_sid}.json`: `recordings.json.retrieve` and `.delete`; a POST
        // updates the item (`calls.recordings.update`, not `recordings.recordingSidJson`).
        if last.text.hasPrefix("{"), last.text.hasSuffix("}.json") {
            if route.method == .post { return ResourceName(resourcePath: parents, methodName: "update") }
            if route.method == .get || route.method == .delete {
                return ResourceName(resourcePath: parents + ["json"], methodName: itemVerb(route.method))
            }
        }
        // TeXML pages (linked by URIs, not paged by parameters the SDKs know) whose POST does not
        // create: the GET lists, `texml.accounts.calls.list`, also without item routes, and the POST
        // ("Initiate an outbound call") is `.create`; `Queues` lists and creates as any collection.
        if selfNamedPaths.contains(route.path), route.method == .get || route.method == .post,
            collections.contains(literals.joined(separator: "/"))
        {
            let method = route.method == .get ? "list" : NameCase.lowerCamel(last.text)
            return ResourceName(resourcePath: resources, methodName: method)
        }
        // The twin `/x/y` of a collection `/x/{id}/y` with items lists across all of `x`, on `x`, and
        // the collection keeps `list`: `ai.missions.listRuns` beside `ai.missions.runs.list`.
        if route.method == .get, twins.contains(route.path), chainsWithItems.contains(literals.joined(separator: "/")) {
            return ResourceName(resourcePath: parents, methodName: "list" + NameCase.upperCamel(last.text))
        }
        if collections.contains(literals.joined(separator: "/")) {
            let chain = literals.joined(separator: "/")
            return ResourceName(
                resourcePath: resources, methodName: collectionVerb(route, hasItems: chainsWithItems.contains(chain)))
        }
        // A POST to a leaf that other routes continue is a method on that resource, named by the verb
        // its summary and operationId share: `POST /messages/rcs` ("Send an RCS message",
        // `SendRCSMessage`) beside `/messages/rcs/deeplinks/...` is `messages.rcs.send`.
        if route.method == .post, pathsWithRoutesBelow.contains(route.path),
            let verb = SummaryVerb.sharedVerb(summary: route.summary, operationID: route.operationID),
            !literals.contains(where: { Self.singular($0.lowercased()) == verb })
        {
            return ResourceName(resourcePath: resources, methodName: verb)
        }
        return ResourceName(resourcePath: parents, methodName: leafMethod(route, leaf: last.text))
    }

    struct Segment {
        let text: String
        let isParameter: Bool
    }

    /// Path segments without the leading version segment some paths repeat (`/v2/...`).
    static func segments(_ path: String) -> [Segment] {
        // Split as bytes: `/` never occurs inside a character, and bytes skip grapheme breaking.
        var parts = path.utf8.split(separator: UInt8(ascii: "/")).map { String(Substring($0)) }
        if parts.first == "v2" { parts.removeFirst() }
        return parts.map { Segment(text: $0, isParameter: $0.hasPrefix("{") && $0.hasSuffix("}")) }
    }
}
