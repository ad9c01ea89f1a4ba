import Foundation
import Logging

/// A response that does not fit the spec: one ``SchemaMismatch`` met while decoding the response
/// of an operation, with the request it came from. ``TelnyxConfiguration/driftHandler`` receives
/// each once per operation, member path and kind of mismatch, for the life of the client; a
/// ``TelnyxConfiguration/logger`` at `debug` logs it.
public struct DriftReport: Sendable, CustomStringConvertible {
    /// The operation (`sendMessage`; `GET /path` for ``APIClient/request(_:_:query:body:options:)``).
    public var operationID: String
    /// The response's HTTP status.
    public var status: Int
    /// The response's `x-request-id`, for Telnyx support.
    public var requestID: String?
    /// Where and how the body differs; its path starts at the response body.
    public var mismatch: SchemaMismatch

    public init(operationID: String, status: Int, requestID: String?, mismatch: SchemaMismatch) {
        self.operationID = operationID
        self.status = status
        self.requestID = requestID
        self.mismatch = mismatch
    }

    /// `sendMessage (200, request id 9f…): data.to[].status: unknown enum value "sending"`.
    public var description: String {
        "\(operationID) (\(status)\(requestID.map { ", request id \($0)" } ?? "")): \(mismatch)"
    }
}

/// The mismatches a client has reported, so each is reported once; at most ``capacity`` are kept,
/// and beyond that nothing new is reported (a body with endless unlisted keys cannot flood the log).
final class DriftLedger: @unchecked Sendable {
    static let capacity = 10_000
    private let lock = NSLock()
    private var seen: Set<String> = []

    /// True the first time `mismatch` is met for `operationID`.
    func isNew(_ mismatch: SchemaMismatch, operationID: String) -> Bool {
        let key = "\(operationID)\u{0}\(mismatch.path)\u{0}\(Self.category(mismatch.kind))"
        return lock.withLock {
            guard seen.count < Self.capacity else { return false }
            return seen.insert(key).inserted
        }
    }

    private static func category(_ kind: SchemaMismatch.Kind) -> Int {
        switch kind {
        case .wrongType: 0
        case .missingRequired: 1
        case .unknownEnumValue: 2
        case .noMatchingVariant: 3
        case .unlistedMember: 4
        }
    }
}

extension APIClient {
    /// Checks a response body against `T` and reports each new mismatch to the drift handler and the
    /// debug log; does nothing (and costs nothing) when neither listens.
    /// - Parameter path: where `json` sits in the body (`data` for a page's items).
    func reportDrift<T: JSONConvertible>(
        _ type: T.Type, in json: JSONValue, at path: String = "", response: APIResponse, operationID: String
    ) {
        let logger = configuration.logger.flatMap { $0.logLevel <= .debug ? $0 : nil }
        let handler = configuration.driftHandler
        guard handler != nil || logger != nil else { return }
        var mismatches: [SchemaMismatch] = []
        T.collectMismatches(in: json, at: path, into: &mismatches)
        for mismatch in mismatches where driftLedger.isNew(mismatch, operationID: operationID) {
            let report = DriftReport(
                operationID: operationID, status: response.status, requestID: response.requestID, mismatch: mismatch)
            handler?(report)
            logger?.debug(
                "\(redact("response drift: \(report)"))",
                metadata: [
                    "operation": "\(operationID)", "status": "\(response.status)",
                    "path": "\(redact(mismatch.path))", "request_id": "\(redact(response.requestID ?? ""))",
                ])
        }
    }
}
