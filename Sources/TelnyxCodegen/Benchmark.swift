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

    public static func run(_ input: GeneratorPipeline.Input) throws -> Figures {
        let output = try GeneratorPipeline.run(input)
        let files = output.files
        return Figures(
            readSeconds: output.timings.read, irSeconds: output.timings.ir, renderSeconds: output.timings.render,
            files: files.count, lines: files.reduce(0) { $0 + $1.contents.utf8.reduce(0) { $0 + ($1 == 10 ? 1 : 0) } },
            bytes: files.reduce(0) { $0 + $1.contents.utf8.count }, operations: output.model.operations.count,
            schemas: output.model.schemas.count, webhooks: output.model.webhooks.count,
            warnings: output.diagnostics.count)
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
