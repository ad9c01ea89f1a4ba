import Foundation
import Logging
import OpenAPIRuntime
import OpenAPIURLSession

/// Settings shared by every request an ``APIClient`` sends.
///
/// All parameters of ``init(apiKey:baseURL:timeout:maxRetries:transport:webhookPublicKey:userAgent:retryBackoff:logger:driftHandler:)``
/// have defaults read from the environment, so `TelnyxConfiguration()` is the
/// "from environment" configuration:
///
/// | property | environment variable | fallback |
/// | --- | --- | --- |
/// | ``apiKey`` | `TELNYX_API_KEY` | `nil` |
/// | ``baseURL`` | `TELNYX_BASE_URL` | `https://api.telnyx.com/v2` |
/// | ``webhookPublicKey`` | `TELNYX_PUBLIC_KEY` | `nil` |
/// | ``logger`` | `TELNYX_LOG` (`debug` or `info`) | `nil` (no logging) |
///
/// The API key is never part of ``description``, ``debugDescription`` or the
/// value's mirror, so printing or dumping a configuration cannot leak it.
public struct TelnyxConfiguration: Sendable {
    /// The default production base URL, `https://api.telnyx.com/v2`.
    public static let defaultBaseURL = URL(string: "https://api.telnyx.com/v2")!

    /// The default `User-Agent` header value.
    public static let defaultUserAgent = "telnyx-swift/\(TelnyxRuntimeInfo.version) (Swift)"

    /// The API key sent as `Authorization: Bearer <key>`; `nil` sends no `Authorization` header.
    public var apiKey: String?
    /// The server URL that request paths are appended to (for example `https://api.telnyx.com/v2`).
    public var baseURL: URL
    /// Seconds one attempt of a request may take before it fails with ``TelnyxError/Kind/timeout``.
    public var timeout: TimeInterval
    /// How many times a failed request is retried (so a request is sent at most `maxRetries + 1` times).
    public var maxRetries: Int
    /// The HTTP transport that sends requests.
    public var transport: any ClientTransport
    /// The base64 Ed25519 public key used to verify webhooks (see ``WebhookVerifier``).
    public var webhookPublicKey: String?
    /// The `User-Agent` header value.
    public var userAgent: String
    /// Delays used between retries.
    public var retryBackoff: RetryBackoff
    /// Where each attempt is logged; `nil` (the default) logs nothing.
    ///
    /// At `.info` every attempt logs its method, path (without query), status or failure, attempt
    /// number, delay before the next retry and request id; at `.debug` also the request and response
    /// bodies with secret-looking JSON and form fields redacted. The API key and the `Authorization`
    /// header are never logged.
    public var logger: Logger?
    /// Called once per operation, member path and kind of mismatch when a response does not fit the
    /// spec (a member of another type, a required member missing, an enum value or union shape the
    /// client does not know, a member the spec does not list); `nil` (the default) checks nothing
    /// unless ``logger`` is at `debug`, which logs the same reports. A report holds no member values.
    public var driftHandler: (@Sendable (DriftReport) -> Void)?

    /// Creates a configuration; every parameter defaults to the environment or a built-in value.
    /// - Parameters:
    ///   - apiKey: The API key; defaults to `TELNYX_API_KEY`.
    ///   - baseURL: The base URL; defaults to `TELNYX_BASE_URL`, else ``defaultBaseURL``.
    ///   - timeout: Seconds per attempt; defaults to 60.
    ///   - maxRetries: Retries after the first attempt; defaults to 2.
    ///   - transport: The transport; defaults to a `URLSessionTransport` on the shared session.
    ///   - webhookPublicKey: The webhook public key; defaults to `TELNYX_PUBLIC_KEY`.
    ///   - userAgent: The `User-Agent` header; defaults to ``defaultUserAgent``.
    ///   - retryBackoff: The delays between retries; defaults to ``RetryBackoff/init(initialDelay:maxDelay:maxRetryAfter:jitter:)``.
    ///   - logger: Where attempts are logged; defaults to ``environmentLogger(_:)`` (`TELNYX_LOG`), else none.
    ///   - driftHandler: Receives each way responses differ from the spec, once; defaults to none.
    public init(
        apiKey: String? = TelnyxConfiguration.environment("TELNYX_API_KEY"),
        baseURL: URL? = nil,
        timeout: TimeInterval = 60,
        maxRetries: Int = 2,
        transport: any ClientTransport = URLSessionTransport(),
        webhookPublicKey: String? = TelnyxConfiguration.environment("TELNYX_PUBLIC_KEY"),
        userAgent: String = TelnyxConfiguration.defaultUserAgent,
        retryBackoff: RetryBackoff = RetryBackoff(),
        logger: Logger? = TelnyxConfiguration.environmentLogger(),
        driftHandler: (@Sendable (DriftReport) -> Void)? = nil
    ) {
        self.apiKey = apiKey
        self.baseURL =
            baseURL ?? TelnyxConfiguration.environment("TELNYX_BASE_URL").flatMap(URL.init(string:))
            ?? TelnyxConfiguration.defaultBaseURL
        self.timeout = timeout
        self.maxRetries = max(0, maxRetries)
        self.transport = transport
        self.webhookPublicKey = webhookPublicKey
        self.userAgent = userAgent
        self.retryBackoff = retryBackoff
        self.logger = logger
        self.driftHandler = driftHandler
    }

    /// A configuration built entirely from the environment (the same as `TelnyxConfiguration()`).
    public static func fromEnvironment() -> TelnyxConfiguration { TelnyxConfiguration() }

    /// Returns the non-empty value of the environment variable `name`, or `nil`.
    public static func environment(_ name: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else { return nil }
        return value
    }

    /// A logger writing to standard error when `TELNYX_LOG` is `debug` or `info` (at that level),
    /// otherwise `nil`.
    public static func environmentLogger(
        _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Logger? {
        let level: Logger.Level
        switch environment["TELNYX_LOG"]?.lowercased() {
        case "debug": level = .debug
        case "info": level = .info
        default: return nil
        }
        var logger = Logger(label: "telnyx", factory: { StreamLogHandler.standardError(label: $0) })
        logger.logLevel = level
        return logger
    }

    /// A masked rendering of ``apiKey`` safe to print: `"<redacted>"` or `"<none>"`.
    var maskedAPIKey: String { apiKey == nil ? "<none>" : "<redacted>" }
}

extension TelnyxConfiguration: CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// A summary that never contains the API key.
    public var description: String {
        "TelnyxConfiguration(baseURL: \(baseURL.absoluteString), apiKey: \(maskedAPIKey), "
            + "timeout: \(timeout), maxRetries: \(maxRetries), userAgent: \(userAgent))"
    }

    /// The same as ``description``; never contains the API key.
    public var debugDescription: String { description }

    /// A mirror without the API key, so `dump(_:)` cannot leak it.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "apiKey": maskedAPIKey, "baseURL": baseURL, "timeout": timeout, "maxRetries": maxRetries,
                "userAgent": userAgent,
            ],
            displayStyle: .struct
        )
    }
}

/// Facts about this runtime library.
public enum TelnyxRuntimeInfo {
    /// The runtime version reported in the default `User-Agent`.
    public static let version = "0.1.0"
}
