import Foundation
import Telnyx

// The twelve tasks of issue 12, written from the full-spec skill documents alone (`telnyx-codegen
// generate --spec ../shared/telnyx-openapi/spec3-2026-07-16.yml --config spec` writes them under skills/).
// `runTwelveTasks` returns one line per step; the compile test runs it against a local server.

/// A webhook delivery as received: the raw body and the request headers.
public struct WebhookDelivery: Sendable {
    public var body: Data
    public var headers: [String: String]
    public init(body: Data, headers: [String: String]) {
        self.body = body
        self.headers = headers
    }
}

/// Runs the twelve tasks against `client`; `webhook` is a signed delivery verified with `publicKey`.
public func runTwelveTasks(client: TelnyxClient, webhook: WebhookDelivery, publicKey: String) async throws -> [String] {
    var log: [String] = []
    log += try await sendMessages(client: client)
    log += try await messagingProfiles(client: client)
    log += try await phoneNumbers(client: client)
    log += try await callFlow(client: client)
    log.append(try verifyWebhook(client: client, webhook: webhook, publicKey: publicKey))
    log.append(try await validationError(client: client))
    log += try await rateLimit(client: client)
    return log
}

/// Tasks 1–3: an SMS, an MMS, and a scheduled message that is cancelled.
func sendMessages(client: TelnyxClient) async throws -> [String] {
    let sms = try await client.messages.send(to: "+18445550001", from: "+18445550002", text: "Hello, World!")
    let mms = try await client.messages.send(
        to: "+18445550001",
        from: "+18445550002",
        mediaURLs: ["https://example.com/cat.jpg"],
        subject: "A picture",
        text: "Look!"
    )
    let scheduled = try await client.messages.schedule(
        to: "+18445550001",
        from: "+18445550002",
        sendAt: Date(timeIntervalSince1970: 1_900_000_000),
        text: "Later"
    )
    let id = scheduled.data?.id ?? ""
    let cancelled = try await client.messages.cancelScheduled(id: id)
    return [
        "sms \(sms.data?.id ?? "?")",
        "mms \(mms.data?.id ?? "?")",
        "scheduled \(id)",
        "cancelled \(cancelled.id ?? "?")",
    ]
}

/// Tasks 4–5: page through messaging profiles; create one and clear its failover URL with null.
func messagingProfiles(client: TelnyxClient) async throws -> [String] {
    var log: [String] = []
    var pages = 0
    for try await page in client.messagingProfiles.list(page: .init(size: 2)).pages {
        pages += 1
        log.append("profiles page \(pages): \(page.items.compactMap(\.name).joined(separator: ", "))")
    }
    let created = try await client.messagingProfiles.create(
        name: "Twelve tasks",
        whitelistedDestinations: ["US"],
        webhookFailoverURL: "https://backup.example.com/hooks"
    )
    let id = created.data?.id ?? ""
    let updated = try await client.messagingProfiles.update(
        id: id, name: "Twelve tasks (updated)", clearing: [.webhookFailoverURL])
    log.append("profile \(id) updated: \(updated.data?.name ?? "?")")
    return log
}

/// Tasks 6–7: list phone numbers with filters; search available numbers and order the first.
func phoneNumbers(client: TelnyxClient) async throws -> [String] {
    // Task 6 uses the grouped `filter:` value the documents describe (`filter.status`, `filter.tag`).
    let owned = try await client.phoneNumbers.list(filter: .init(status: .active, tag: "twelve")).collect(limit: 10)
    let available = try await client.availablePhoneNumbers.list(
        filter: .init(countryCode: "US", features: [.sms], limit: 1)
    ).collect(limit: 1)
    let number = available.first?.phoneNumber ?? ""
    let order = try await client.numberOrders.create(phoneNumbers: [.init(phoneNumber: number)])
    return [
        "owned numbers: \(owned.map { "\($0.phoneNumber) (\($0.status.rawValue))" }.joined(separator: ", "))",
        "ordered \(number): order \(order.data?.id ?? "?")",
    ]
}
