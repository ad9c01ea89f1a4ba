// The client itself is generated at build time by TelnyxCodegenPlugin from openapi.yaml beside this
// file; re-exporting the runtime lets users write `import TelnyxMessagingClient` alone.
@_exported import TelnyxRuntime
