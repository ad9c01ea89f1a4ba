import Foundation

/// Maps `items` on all cores, keeping the order.
public func concurrentMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    let results = ResultBox<R>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
        results.set(index, transform(items[index]))
    }
    return results.values
}

private final class ResultBox<R>: @unchecked Sendable {
    private var storage: [R?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: R) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [R] { storage.map { $0! } }
}

/// Work started on a thread of its own at once and collected with ``wait()``: a stage that runs on
/// one thread overlaps the stages that use every core. Its own thread, not one of Dispatch's
/// workers: ``wait()`` may be called from a worker, and the work must never queue behind it.
public final class BackgroundWork<R: Sendable>: @unchecked Sendable {
    private var result: R?
    private let done = DispatchSemaphore(value: 0)

    public init(_ work: @escaping @Sendable () -> R) {
        let thread = Thread {
            self.result = work()
            self.done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The work's result, once it has finished.
    public func wait() -> R {
        done.wait()
        return result!
    }
}

/// Lets `value` go on a thread of its own: freeing a large tree (the spec's nodes) then costs the
/// calling thread nothing. The caller must hold no other reference for that to happen there.
public func releaseInBackground<T: Sendable>(_ value: consuming T) {
    let box = ReleaseBox(value)
    Thread.detachNewThread { box.release() }
}

private final class ReleaseBox<T: Sendable>: @unchecked Sendable {
    private var value: T?
    init(_ value: consuming T) { self.value = value }
    func release() { value = nil }
}
