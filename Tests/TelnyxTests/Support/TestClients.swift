import Foundation
@_spi(Generated) import TelnyxRuntime

/// The API key used in client tests; tests check that it never leaks into error text.
let testAPIKey = "KEY0123456789SECRETabcdef"

/// Fast retries for tests: 10 ms, no jitter, honour `Retry-After` up to 2 s.
let fastBackoff = RetryBackoff(initialDelay: 0.01, maxDelay: 0.05, maxRetryAfter: 2, jitter: 0)

extension TestServer {
    /// A client configuration pointing at this server.
    func configuration(
        apiKey: String? = testAPIKey,
        timeout: TimeInterval = 10,
        maxRetries: Int = 2
    ) -> TelnyxConfiguration {
        TelnyxConfiguration(
            apiKey: apiKey,
            baseURL: baseURL,
            timeout: timeout,
            maxRetries: maxRetries,
            webhookPublicKey: nil,
            userAgent: "telnyx-tests/1.0",
            retryBackoff: fastBackoff
        )
    }

    /// A client pointing at this server.
    func client(apiKey: String? = testAPIKey, timeout: TimeInterval = 10, maxRetries: Int = 2)
        -> APIClient
    {
        APIClient(
            configuration: configuration(apiKey: apiKey, timeout: timeout, maxRetries: maxRetries))
    }
}

/// Runs `body` with a started server and stops the server afterwards, even when `body` throws.
func withTestServer<T>(
    _ handler: @escaping TestServer.Handler,
    _ body: (TestServer) async throws -> T
) async throws -> T {
    let server = try await TestServer.start(handler: handler)
    do {
        let result = try await body(server)
        await server.stop()
        return result
    } catch {
        await server.stop()
        throw error
    }
}
