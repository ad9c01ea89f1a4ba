/// How deep any walk through types goes before it stops (a `$ref` chain, an alias chain, shapes nested
/// in shapes, an example checked against its type): one guard against cycles and absurd specs, the
/// same for every walk. How much of a type a document or an example shows is a separate choice.
public enum TypeDepth {
    public static let limit = 16
}
