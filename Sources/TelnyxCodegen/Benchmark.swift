import CodegenIR
import CodegenRender
import Foundation
import SpecReader

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Times the generator's stages on one spec and reports peak memory.
public enum Benchmark {
    public struct Figures: Sendable {
        public var readSeconds: Double
        public var irSeconds: Double
        /// Rendering every output file (Swift and skill documents), in memory.
        public var renderSeconds: Double
        public var files: Int
        public var lines: Int
        public var bytes: Int
        public var operations: Int
        public var schemas: Int
        public var webhooks: Int
        public var warnings: Int

        public var totalSeconds: Double { readSeconds + irSeconds + renderSeconds }
    }

    public static func run(specPath: String, configDirectory: String?) throws -> Figures {
        let directory = configDirectory ?? SpecLoader.defaultConfigDirectory(specPath: specPath)
        let configuration = try SpecLoader.configuration(in: directory)
        let templates = try TemplateSet()
        let curation = try SkillCurationLoader.load(in: directory)
        let start = DispatchTime.now()
        let root = try SpecFileReader.read(path: specPath)
        let read = DispatchTime.now()
        let (model, diagnostics) = try IRBuilder.build(root, configuration: configuration)
        let built = DispatchTime.now()
        let files = Generator.render(
            model, templates: templates, configuredProducts: configuration.outputProducts,
            curation: curation)
        let rendered = DispatchTime.now()
        return Figures(
            readSeconds: seconds(start, read), irSeconds: seconds(read, built), renderSeconds: seconds(built, rendered),
            files: files.count, lines: files.reduce(0) { $0 + $1.contents.utf8.reduce(0) { $0 + ($1 == 10 ? 1 : 0) } },
            bytes: files.reduce(0) { $0 + $1.contents.utf8.count }, operations: model.operations.count,
            schemas: model.schemas.count, webhooks: model.webhooks.count, warnings: diagnostics.count)
    }

    static func seconds(_ from: DispatchTime, _ to: DispatchTime) -> Double {
        Double(to.uptimeNanoseconds - from.uptimeNanoseconds) / 1e9
    }

    /// Peak resident memory of this process so far, in MB.
    public static func peakMemoryMB() -> Double {
        var usage = rusage()
        #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Double(usage.ru_maxrss) / 1024
        #else
            getrusage(RUSAGE_SELF, &usage)
            return Double(usage.ru_maxrss) / 1_048_576
        #endif
    }
}
