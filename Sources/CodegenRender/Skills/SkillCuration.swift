/// Hand-written text for the skill documents (`spec/skills.yaml`): the generator never invents
/// product descriptions, task choices or caveats; products without an entry get defaults made
/// from spec facts only.
public struct SkillCuration: Sendable {
    /// Curated text for one product.
    public struct ProductText: Sendable {
        /// What the product does (the frontmatter `description`, before the Swift sentence).
        public var description: String?
        /// Operation ids of the core tasks, in order.
        public var core: [String]
        /// Operation ids of the important supporting operations, in order.
        public var supporting: [String]
        /// Operation id → one line on what the task is for.
        public var blurbs: [String: String]
        /// `## Operational Caveats` bullets.
        public var caveats: [String]

        public init(
            description: String? = nil, core: [String] = [], supporting: [String] = [], blurbs: [String: String] = [:],
            caveats: [String] = []
        ) {
            self.description = description
            self.core = core
            self.supporting = supporting
            self.blurbs = blurbs
            self.caveats = caveats
        }
    }

    /// The package URL shown under `## Installation`; empty while the package is not published
    /// (Installation then adds a local checkout by path).
    public var packageURL: String
    /// The version requirement shown under `## Installation`.
    public var packageVersion: String
    /// Product name → curated text.
    public var products: [String: ProductText]

    public init(
        packageURL: String = "", packageVersion: String = "0.1.0",
        products: [String: ProductText] = [:]
    ) {
        self.packageURL = packageURL
        self.packageVersion = packageVersion
        self.products = products
    }
}
