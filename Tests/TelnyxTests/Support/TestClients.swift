import Foundation
import OpenAPIRuntime
import TelnyxAsyncHTTPClient
@_spi(Generated) import TelnyxRuntime

/// The transports the local-server tests send through: each test body runs once with each.
enum TransportKind: String, CaseIterable, Sendable {
    case urlSession, asyncHTTPClient

    /// The transport of the test body running now (set by ``withTestServer(_:_:)``).
    @TaskLocal static var current = TransportKind.urlSession

    var transport: any ClientTransport {
        switch self {
        case .urlSession: TelnyxConfiguration().transport
        case .asyncHTTPClient: TelnyxConfiguration.asyncHTTPClient().transport
        }
    }
}

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
            transport: TransportKind.current.transport,
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

/// Runs `body` once per transport (URLSession, then AsyncHTTPClient), each time with a newly
/// started server that is stopped afterwards, even when `body` throws; returns the last result.
func withTestServer<T>(
    _ handler: @escaping TestServer.Handler,
    _ body: (TestServer) async throws -> T
) async throws -> T {
    var result: T?
    for kind in TransportKind.allCases {
        result = try await TransportKind.$current.withValue(kind) {
            let server = try await TestServer.start(handler: handler)
            do {
                let value = try await body(server)
                await server.stop()
                return value
            } catch {
                await server.stop()
                throw error
            }
        }
    }
    return result!
}
