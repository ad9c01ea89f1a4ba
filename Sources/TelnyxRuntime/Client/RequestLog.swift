import Foundation
import Logging

/// Logs the attempts of one request to ``TelnyxConfiguration/logger``.
///
/// Info: one line per attempt (method, path without query, status or failure, attempt, retry delay,
/// request id). Debug: also the bodies, redacted by ``LogRedaction``. Every text passes through
/// ``redact(_:)`` so the API key cannot appear; the `Authorization` header is never logged.
/// When the logger is `nil` nothing is computed.
struct RequestLog: Sendable {
    let logger: Logger?
    let apiKey: String?
    let method: String
    let path: String
    let operationID: String
    let maxAttempts: Int

    init(configuration: TelnyxConfiguration, request: APIRequest, maxAttempts: Int) {
        logger = configuration.logger
        apiKey = configuration.apiKey
        method = request.method.uppercased()
        path = request.path
        operationID = request.operationID
        self.maxAttempts = maxAttempts
    }

    /// The request body, at debug level.
    func request(_ prepared: EncodedRequest) {
        guard let logger, logger.logLevel <= .debug, let body = prepared.body else { return }
        let contentType = prepared.request.headerFields[.contentType]
        logger.debug(
            "\(redact("\(method) \(path)")) request body",
            metadata: ["operation": "\(operationID)", "body": "\(render(body, contentType))"])
    }

    /// A response of attempt `attempt` (1-based); `delay` is set when another attempt follows.
    func response(_ response: APIResponse, attempt: Int, delay: TimeInterval?) {
        guard let logger else { return }
        logger.info(
            "\(redact("\(method) \(path)")) -> \(response.status), \(progress(attempt, delay))",
            metadata: metadata(attempt: attempt, delay: delay, status: "\(response.status)") {
                if let requestID = response.requestID { $0["request_id"] = "\(redact(requestID))" }
            })
        guard logger.logLevel <= .debug, !response.body.isEmpty else { return }
        logger.debug(
            "\(redact("\(method) \(path)")) response body",
            metadata: [
                "operation": "\(operationID)", "status": "\(response.status)",
                "body": "\(render(response.body, response.headers["content-type"]))",
            ])
    }

    /// A connection failure or timeout of attempt `attempt`.
    func failure(_ error: TelnyxError, attempt: Int, delay: TimeInterval?) {
        guard let logger else { return }
        let failure = error.kind == .timeout ? "timeout" : "connection error"
        logger.info(
            "\(redact("\(method) \(path)")) -> \(failure), \(progress(attempt, delay))",
            metadata: metadata(attempt: attempt, delay: delay, status: "\(failure)") {
                if let underlying = error.underlying { $0["error"] = "\(redact(underlying))" }
            })
    }

    private func progress(_ attempt: Int, _ delay: TimeInterval?) -> String {
        "attempt \(attempt) of \(maxAttempts)" + (delay.map { ", retrying in \(Self.seconds($0))" } ?? "")
    }

    private func metadata(
        attempt: Int, delay: TimeInterval?, status: String, extra: (inout Logger.Metadata) -> Void
    ) -> Logger.Metadata {
        var metadata: Logger.Metadata = [
            "method": "\(method)", "path": "\(redact(path))", "operation": "\(operationID)",
            "status": "\(status)", "attempt": "\(attempt)",
        ]
        if let delay { metadata["delay"] = "\(Self.seconds(delay))" }
        extra(&metadata)
        return metadata
    }

    /// `text` with the API key replaced by `<redacted>`.
    func redact(_ text: String) -> String {
        guard let apiKey, !apiKey.isEmpty else { return text }
        return text.replacingOccurrences(of: apiKey, with: "<redacted>")
    }

    private func render(_ body: Data, _ contentType: String?) -> String {
        redact(LogRedaction.render(body, contentType: contentType))
    }

    private static func seconds(_ value: TimeInterval) -> String {
        String(format: "%.3fs", value)
    }
}
