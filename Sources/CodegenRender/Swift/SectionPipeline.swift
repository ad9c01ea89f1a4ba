import Foundation

/// Renders the sections of the Swift files on a second thread while the declaration builder, which
/// runs on one thread, is still producing them. Sections the worker cannot render yet (a union
/// reads the finished ``APISurface``) and those still queued when the builder finishes are left to
/// ``SwiftRenderer/render(_:)``.
final class SectionPipeline: @unchecked Sendable {
    private let condition = NSCondition()
    private var worker: BackgroundWork<Void>?
    private var queue: [(index: Int, section: SwiftModel.Section)] = []
    private var next = 0
    private var closed = false
    private var rendered: [Int: String] = [:]

    /// - Parameter render: a section's text, or nil when it has to wait for the surface.
    init(render: @escaping @Sendable (SwiftModel.Section) -> String?) {
        worker = BackgroundWork { [self] in
            while let (index, section) = take() {
                guard let text = render(section) else { continue }
                condition.lock()
                rendered[index] = text
                condition.unlock()
            }
        }
    }

    /// Queues the section at `index` of the pass.
    func add(_ index: Int, _ section: SwiftModel.Section) {
        condition.lock()
        queue.append((index, section))
        condition.signal()
        condition.unlock()
    }

    /// Stops the worker once it has finished its current section, and returns the texts it made,
    /// by section index.
    func close() -> [Int: String] {
        condition.lock()
        closed = true
        condition.signal()
        condition.unlock()
        worker?.wait()
        return rendered
    }

    /// The next queued section, waiting for one; nil once closed.
    private func take() -> (Int, SwiftModel.Section)? {
        condition.lock()
        defer { condition.unlock() }
        while next == queue.count && !closed { condition.wait() }
        guard !closed else { return nil }
        next += 1
        return queue[next - 1]
    }
}
