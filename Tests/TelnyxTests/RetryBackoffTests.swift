import Foundation
@_spi(Generated) import TelnyxRuntime
import Testing

@Suite("RetryBackoff")
struct RetryBackoffTests {
    @Test("exponential delays are capped and jitter only shortens them")
    func exponential() {
        let exact = RetryBackoff(initialDelay: 0.5, maxDelay: 8, maxRetryAfter: 60, jitter: 0)
        #expect((1...6).map { exact.delay(forAttempt: $0) } == [0.5, 1, 2, 4, 8, 8])
        let jittered = RetryBackoff()
        for attempt in 1...5 {
            let delay = jittered.delay(forAttempt: attempt)
            let full = min(0.5 * pow(2, Double(attempt - 1)), 8)
            #expect(delay <= full && delay >= full * 0.75)
        }
    }

    @Test("Retry-After within the limit wins; beyond it the computed delay is used")
    func retryAfter() {
        let backoff = RetryBackoff(jitter: 0)
        #expect(backoff.delay(forAttempt: 1, retryAfter: 3) == 3)
        #expect(backoff.delay(forAttempt: 1, retryAfter: 120) == 0.5)
        #expect(backoff.delay(forAttempt: 2, retryAfter: -1) == 1)
    }

    @Test("Retry-After headers: seconds, milliseconds and HTTP dates")
    func headers() {
        let now = Date(timeIntervalSince1970: 784_111_770)  // Sun, 06 Nov 1994 08:49:30 GMT
        #expect(RetryBackoff.retryAfter(from: ["retry-after": "2"], now: now) == 2)
        #expect(
            RetryBackoff.retryAfter(from: ["retry-after-ms": "250", "retry-after": "9"], now: now) == 0.25
        )
        #expect(
            RetryBackoff.retryAfter(from: ["retry-after": "Sun, 06 Nov 1994 08:49:37 GMT"], now: now) == 7
        )
        #expect(RetryBackoff.retryAfter(from: ["retry-after": "soon"], now: now) == nil)
        #expect(RetryBackoff.retryAfter(from: [:], now: now) == nil)
    }
}
