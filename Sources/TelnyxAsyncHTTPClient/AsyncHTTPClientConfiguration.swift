@_exported import AsyncHTTPClient
@_exported import OpenAPIAsyncHTTPClient
@_exported import TelnyxRuntime

extension TelnyxConfiguration {
    /// A configuration that sends with AsyncHTTPClient (SwiftNIO) instead of URLSession: on Linux,
    /// the transport server-side Swift uses (Soto, swift-openapi-async-http-client). Everything
    /// else comes from the environment as with `TelnyxConfiguration()`:
    ///
    /// ```swift
    /// import TelnyxAsyncHTTPClient
    /// import TelnyxMessaging
    ///
    /// let client = TelnyxClient(configuration: .asyncHTTPClient())
    /// ```
    ///
    /// Timeouts and retries are the client's (``TelnyxConfiguration/timeout``, ``TelnyxConfiguration/maxRetries``),
    /// whichever transport sends.
    /// - Parameter client: The `HTTPClient` to send with; defaults to the process's shared one.
    public static func asyncHTTPClient(_ client: HTTPClient = .shared) -> TelnyxConfiguration {
        TelnyxConfiguration(transport: AsyncHTTPClientTransport(configuration: .init(client: client)))
    }
}
