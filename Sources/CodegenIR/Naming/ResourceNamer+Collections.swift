import SpecReader

/// Which literal chains of paths are collections (`x.y.list`, `x.y.create`) rather than methods on
/// their owner, from the routes the spec has (see the rules on ``ResourceNamer``).
extension ResourceNamer {
    static func collectionChains(_ routes: [Route]) -> (
        collections: Set<String>, chainsWithItems: Set<String>, twins: Set<String>, prefixes: Set<String>
    ) {
        var collections: Set<String> = []
        var chainsWithItems: Set<String> = []
        let listedPaths = Set(routes.filter { $0.method == .get }.map(\.path))
        let listingPaths = Set(routes.filter { $0.method == .get && $0.returnsList }.map(\.path))
        let allPaths = Set(routes.map(\.path))
        // Paths with a GET or POST besides the route's own PATCH, PUT or DELETE.
        let routedPaths = Set(routes.filter { $0.method == .get || $0.method == .post }.map(\.path))
        for route in routes {
            let segments = Self.segments(route.path)
            let literals = segments.filter { !$0.isParameter }.map(\.text)
            guard let last = segments.last else { continue }
            if literals.count == 1 { collections.insert(literals[0]) }
            // A sub-collection `/x/{id}/y` that takes a GET and a POST: `x.y.list` / `x.y.create`;
            // also `/x/y` whose GET lists: `portingOrders.phoneNumberConfigurations.list` / `.create`.
            if !last.isParameter, route.method == .post, literals.count >= 2,
                Self.isSubLeaf(segments) ? listedPaths.contains(route.path) : listingPaths.contains(route.path),
                literals[literals.count - 2] != "actions"
            {
                collections.insert(literals.joined(separator: "/"))
            }
            // An item makes its chain a collection when its collection route has the same parameters:
            // `/conferences/{id}/participants/{participant_id}` leaves `/conferences/{conference_id}/participants`
            // a method on its owner (`conferences.listParticipants`).
            if last.isParameter, literals.count > 0 {
                if !Self.isSubItem(segments) || allPaths.contains(Self.parentPath(route.path)) {
                    collections.insert(literals.joined(separator: "/"))
                    chainsWithItems.insert(literals.joined(separator: "/"))
                }
            } else if route.method != .get && route.method != .post
                && (Self.isSubLeaf(segments) ? listedPaths.contains(route.path) : routedPaths.contains(route.path))
            {
                collections.insert(literals.joined(separator: "/"))
            }
        }
        let (twinCollections, twins) = Self.twins(routes)
        let prefixes = Set(
            routes.flatMap { route -> [String] in
                let parts = route.path.split(separator: "/").map(String.init)
                return parts.indices.dropLast().map { "/" + parts[...$0].joined(separator: "/") }
            })
        collections.formUnion(twinCollections)
        collections.formUnion(Self.listingLeaves(routes, prefixes: prefixes))
        return (collections, chainsWithItems, twins, prefixes)
    }

    /// A GET `/x/{id}/y` whose twin `/x/y` is a GET too: `y` is a resource of `x`, listed across all of
    /// `x` and retrieved per item (`mobilePhoneNumbers.messaging.list` / `.retrieve`).
    private static func twins(_ routes: [Route]) -> (collections: Set<String>, twins: Set<String>) {
        let getPaths = Set(routes.filter { $0.method == .get }.map(\.path))
        var collections: Set<String> = []
        var twins: Set<String> = []
        for route in routes where route.method == .get {
            let segments = Self.segments(route.path)
            guard Self.isSubLeaf(segments) else { continue }
            let parts = route.path.split(separator: "/").map(String.init)
            let twin = "/" + (parts.dropLast(2) + [parts[parts.count - 1]]).joined(separator: "/")
            if getPaths.contains(twin) {
                collections.insert(segments.filter { !$0.isParameter }.map(\.text).joined(separator: "/"))
                twins.insert(twin)
            }
        }
        return (collections, twins)
    }

    /// A GET leaf with routes below it (`/ai/conversations/{id}/messages` and `.../messages/...`)
    /// is a resource whose GET lists: `ai.conversations.messages.list`.
    private static func listingLeaves(_ routes: [Route], prefixes: Set<String>) -> Set<String> {
        var collections: Set<String> = []
        for route in routes where route.method == .get && prefixes.contains(route.path) {
            let segments = Self.segments(route.path)
            guard let last = segments.last, !last.isParameter, segments.count >= 2 else { continue }
            let literals = segments.filter { !$0.isParameter }.map(\.text)
            guard literals.count >= 2, literals[literals.count - 2] != "actions" else { continue }
            collections.insert(literals.joined(separator: "/"))
        }
        return collections
    }
}
