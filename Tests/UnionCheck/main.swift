// Decodes each variant's example through its union and checks it becomes that variant.
import Telnyx

var checked = 0
var wrong: [String] = []
@MainActor func check<Union: JSONUnion>(_ type: Union.Type, _ expected: String, _ text: String) {
    checked += 1
    let decoded = (try? TelnyxJSON.parse(text)).flatMap { try? Union(json: $0) }
    let label = decoded.flatMap { Mirror(reflecting: $0).children.first?.label } ?? "(error)"
    if label != expected { wrong.append("\(Union.self): \(text) -> .\(label), not .\(expected)") }
}

@MainActor func checkAll() {
    check(
        AIAssistantAddMessagesRequest.MessagesItem.self, "userMessage",
        #"{"content":"Hello, I would like some help.","role":"user"}"#)
    check(
        AIAssistantAddMessagesRequest.MessagesItem.self, "assistantMessage",
        #"{"content":"Hello, I'm John.","role":"assistant"}"#)
    check(
        AIAssistantAddMessagesRequest.MessagesItem.self, "toolMessage",
        #"{"content":"Hello, I'm John.","role":"tool","tool_call_id":"call_123"}"#)
    check(
        AIAssistantAddMessagesRequest.MessagesItem.self, "systemMessage",
        #"{"content":"Get the user's favorite color","role":"system"}"#)
    check(
        AIAssistantAddMessagesRequest.MessagesItem.self, "developerMessage",
        #"{"content":"Get the user's favorite color","role":"developer"}"#)
    check(
        AIAssistantStartRequest.MessageHistoryItem.self, "userMessage",
        #"{"content":"Hello, I would like some help.","role":"user"}"#)
    check(
        AIAssistantStartRequest.MessageHistoryItem.self, "assistantMessage",
        #"{"content":"Hello, I'm John.","role":"assistant"}"#)
    check(
        AIAssistantStartRequest.MessageHistoryItem.self, "toolMessage",
        #"{"content":"Hello, I'm John.","role":"tool","tool_call_id":"call_123"}"#)
    check(
        AIAssistantStartRequest.MessageHistoryItem.self, "systemMessage",
        #"{"content":"Get the user's favorite color","role":"system"}"#)
    check(
        AIAssistantStartRequest.MessageHistoryItem.self, "developerMessage",
        #"{"content":"Get the user's favorite color","role":"developer"}"#)
    check(
        AIAssistantStartRequest.VoiceSettingsUnion.self, "elevenLabsVoiceSettings",
        #"{"type":"elevenlabs","api_key_ref":"my_elevenlabs_api_key"}"#)
    check(
        AIAssistantStartRequest.VoiceSettingsUnion.self, "telnyxVoiceSettings", #"{"type":"telnyx","voice_speed":1.0}"#)
    check(AIAssistantStartRequest.VoiceSettingsUnion.self, "aWSVoiceSettings", #"{"type":"aws"}"#)
    check(
        AIAssistantStartRequest.VoiceSettingsUnion.self, "azureVoiceSettings",
        #"{"type":"azure","api_key_ref":"my_azure_api_key","deployment_id":"my-custom-voice-deployment","effect":"eq_car","gender":"Male","region":"eastus"}"#
    )
    check(AIAssistantStartRequest.VoiceSettingsUnion.self, "rimeVoiceSettings", #"{"type":"rime","voice_speed":1.0}"#)
    check(
        AIAssistantStartRequest.VoiceSettingsUnion.self, "resembleVoiceSettings",
        #"{"type":"resemble","format":"mp3","precision":"PCM_32","sample_rate":"8000"}"#)
    check(AIAssistantStartRequest.VoiceSettingsUnion.self, "xAIVoiceSettings", #"{"type":"xai","language":"auto"}"#)
    check(
        AIAssistantsScheduledEventsResource.ListItem.self, "scheduledPhoneCallEventResponse",
        #"{"assistant_id":"string","call_attempts":[{"attempt_number":1,"attempted_at":"2026-01-15T10:30:00Z","call_duration":1,"call_status":"string","telnyx_call_control_id":"string"}],"call_duration":1,"call_settings":{"sip_region":"US"},"call_status":"string","conversation_id":"string","conversation_metadata":{},"created_at":"2026-01-15T10:30:00Z","dispatched_at":"2026-01-15T10:30:00Z","dynamic_variables":{},"errors":["string"],"max_retries_client_errors":0,"retry_attempts":1,"retry_count":0,"retry_interval_secs":1,"scheduled_at_fixed_datetime":"2026-01-15T10:30:00Z","scheduled_event_id":"string","status":"pending","telnyx_agent_target":"string","telnyx_conversation_channel":"phone_call","telnyx_end_user_target":"string"}"#
    )
    check(
        AIAssistantsScheduledEventsResource.ListItem.self, "scheduledSMSEventResponse",
        #"{"assistant_id":"string","conversation_id":"string","conversation_metadata":{},"created_at":"2026-01-15T10:30:00Z","dynamic_variables":{},"errors":["string"],"retry_count":0,"scheduled_at_fixed_datetime":"2026-01-15T10:30:00Z","scheduled_event_id":"string","status":"pending","telnyx_agent_target":"string","telnyx_conversation_channel":"phone_call","telnyx_end_user_target":"string","text":"string"}"#
    )
    check(AccessIPAddressResource.ListParameters.FilterCreatedAt.self, "date", #""2026-01-15T10:30:00Z""#)
    check(
        AccessIPAddressResource.ListParameters.FilterCreatedAt.self, "variant2",
        #"{"gt":"2026-01-15T10:30:00Z","gte":"2026-01-15T10:30:00Z","lt":"2026-01-15T10:30:00Z","lte":"2026-01-15T10:30:00Z"}"#
    )
    check(AccessIPRangesResource.ListParameters.FilterCidrBlock.self, "string", #""string""#)
    check(
        AccessIPRangesResource.ListParameters.FilterCidrBlock.self, "variant2",
        #"{"contains":"string","endswith":"string","startswith":"string"}"#)
    check(AccessIPRangesResource.ListParameters.FilterCreatedAt.self, "date", #""2026-01-15T10:30:00Z""#)
    check(
        AccessIPRangesResource.ListParameters.FilterCreatedAt.self, "variant2",
        #"{"gt":"2026-01-15T10:30:00Z","gte":"2026-01-15T10:30:00Z","lt":"2026-01-15T10:30:00Z","lte":"2026-01-15T10:30:00Z"}"#
    )
    check(ActionsParticipantsRequest.Participants.self, "variant1", #""all""#)
    check(ActionsParticipantsRequest.Participants.self, "stringArray", #"["3fa85f64-5717-4562-b3fc-2c963f66afa6"]"#)
    check(AddressesResource.ListParameters.FilterCustomerReference.self, "string", #""string""#)
    check(
        AddressesResource.ListParameters.FilterCustomerReference.self, "variant2",
        #"{"contains":"string","eq":"string"}"#)
    check(AnthropicMessageRequest.System.self, "string", #""string""#)
    check(AnthropicMessageRequest.System.self, "jsonArray", #"[{}]"#)
    check(
        Assistant.ToolsItem.self, "bookAppointmentTool",
        #"{"type":"book_appointment","book_appointment":{"api_key_ref":"my_calcom_api_key","attendee_name":"string","attendee_timezone":"string","event_type_id":1}}"#
    )
    check(
        Assistant.ToolsItem.self, "checkAvailabilityTool",
        #"{"type":"check_availability","check_availability":{"api_key_ref":"my_calcom_api_key","event_type_id":1}}"#)
    check(
        Assistant.ToolsItem.self, "webhookTool",
        #"{"type":"webhook","webhook":{"body_parameters":{"properties":{"age":{"description":"The age of the customer.","type":"integer"},"location":{"description":"The location of the customer.","type":"string"}},"required":["age","location"],"type":"object"},"description":"string","headers":[{}],"method":"POST","name":"string","path_parameters":{"properties":{"id":{"description":"The id of the customer.","type":"string"}},"required":["id"],"type":"object"},"query_parameters":{"properties":{"page":{"description":"The page number.","type":"integer"}},"required":["page"],"type":"object"},"url":"https://example.com/api/v1/function"}}"#
    )
    check(
        Assistant.ToolsItem.self, "hangupTool",
        #"{"type":"hangup","hangup":{"description":"This tool is used to hang up the call."}}"#)
    check(
        Assistant.ToolsItem.self, "transferTool",
        #"{"type":"transfer","transfer":{"from":"+35319605860","targets":[{"name":"Support","to":"+13129457420"}]}}"#)
    check(
        Assistant.ToolsItem.self, "callControlRetrievalTool",
        #"{"type":"retrieval","retrieval":{"bucket_ids":["string"],"max_num_results":1}}"#)
    check(AssistantSMSChatReq.ConversationMetadataValue.self, "string", #""string""#)
    check(AssistantSMSChatReq.ConversationMetadataValue.self, "int", #"1"#)
    check(AssistantSMSChatReq.ConversationMetadataValue.self, "bool", #"true"#)
    check(
        AssistantToolsItem.self, "inferenceEmbeddingWebhookTool",
        #"{"type":"webhook","webhook":{"async":false,"async_timeout_ms":1,"body_parameters":{"properties":{"age":{"description":"The age of the customer.","type":"integer"},"location":{"description":"The location of the customer.","type":"string"}},"required":["age","location"],"type":"object"},"description":"string","headers":[{}],"method":"POST","name":"string","path_parameters":{"properties":{"id":{"description":"The id of the customer.","type":"string"}},"required":["id"],"type":"object"},"query_parameters":{"properties":{"page":{"description":"The page number.","type":"integer"}},"required":["page"],"type":"object"},"store_fields_as_variables":[{"name":"string","value_path":"string"}],"timeout_ms":1,"url":"https://example.com/api/v1/function"}}"#
    )
    check(
        AssistantToolsItem.self, "clientSideTool",
        #"{"client_side_tool":{"description":"string","name":"string","parameters":{"properties":{"age":{"description":"The age of the customer.","type":"integer"},"location":{"description":"The location of the customer.","type":"string"}},"required":["age","location"],"type":"object"}},"type":"client_side_tool"}"#
    )
    check(
        AssistantToolsItem.self, "retrievalTool",
        #"{"retrieval":{"bucket_ids":["string"],"max_num_results":1},"type":"retrieval"}"#)
    check(
        AssistantToolsItem.self, "handoffTool",
        #"{"handoff":{"ai_assistants":[{"id":"assistant-1234567890abcdef","name":"Scheduling Specialist"}],"voice_mode":"unified"},"type":"handoff"}"#
    )
    check(
        AssistantToolsItem.self, "hangupTool",
        #"{"hangup":{"description":"This tool is used to hang up the call."},"type":"hangup"}"#)
    check(
        AssistantToolsItem.self, "inferenceEmbeddingTransferTool",
        #"{"transfer":{"custom_headers":[{}],"description":"Transfer the call to a human agent.","from":"+35319605860","targets":[{"name":"Support","to":"+13129457420"}],"voicemail_detection":{"detection_config":{},"detection_mode":"disabled","on_voicemail_detected":{}},"warm_message_delay_ms":2000,"warm_transfer_instructions":"Briefly greet the transfer recipient and provide any relevant information from the call. Let them know you will bridge the call right after."},"type":"transfer"}"#
    )
    check(
        AssistantToolsItem.self, "inviteTool",
        #"{"invite":{"custom_headers":[{}],"from":"+35319605860","targets":[{"name":"Support","to":"+13129457420"}],"voicemail_detection":{"detection_mode":"disabled","on_voicemail_detected":{}}},"type":"invite"}"#
    )
    check(
        AssistantToolsItem.self, "sIPReferTool",
        #"{"refer":{"custom_headers":[{}],"sip_headers":[{}],"targets":[{"name":"Support","sip_address":"sip:username@sip.non-telnyx-address.com"}]},"type":"refer"}"#
    )
    check(AssistantToolsItem.self, "dTMFTool", #"{"send_dtmf":{},"type":"send_dtmf"}"#)
    check(
        AssistantToolsItem.self, "sendMessageTool",
        #"{"send_message":{"message_template":"string"},"type":"send_message"}"#)
    check(
        AssistantToolsItem.self, "skipTurnTool",
        #"{"skip_turn":{"description":"This tool is used to skip the assistant turn without producing a response."},"type":"skip_turn"}"#
    )
    check(
        AssistantToolsItem.self, "payTool",
        #"{"pay":{"connector_name":"string","currency":"USD","description":"string","payment_method":"credit-card"},"type":"pay"}"#
    )
    check(AuditEventChanges.FromUnion.self, "string", #""string""#)
    check(AuditEventChanges.FromUnion.self, "double", #"1.5"#)
    check(AuditEventChanges.FromUnion.self, "bool", #"true"#)
    check(AuditEventChanges.FromUnion.self, "json2", #"{}"#)
    check(AuditEventChanges.FromUnion.self, "jsonArray", #"[{}]"#)
    check(AuditEventChanges.ToUnion.self, "string", #""string""#)
    check(AuditEventChanges.ToUnion.self, "double", #"1.5"#)
    check(AuditEventChanges.ToUnion.self, "bool", #"true"#)
    check(AuditEventChanges.ToUnion.self, "json2", #"{}"#)
    check(AuditEventChanges.ToUnion.self, "jsonArray", #"[{}]"#)
    check(CallAssistantRequest.DynamicVariablesValue.self, "string", #""string""#)
    check(CallAssistantRequest.DynamicVariablesValue.self, "double", #"1.5"#)
    check(CallAssistantRequest.DynamicVariablesValue.self, "bool", #"true"#)
    check(
        CallAssistantRequest.ToolsItem.self, "bookAppointmentTool",
        #"{"type":"book_appointment","book_appointment":{"api_key_ref":"my_calcom_api_key","attendee_name":"string","attendee_timezone":"string","event_type_id":1}}"#
    )
    check(
        CallAssistantRequest.ToolsItem.self, "checkAvailabilityTool",
        #"{"type":"check_availability","check_availability":{"api_key_ref":"my_calcom_api_key","event_type_id":1}}"#)
    check(
        CallAssistantRequest.ToolsItem.self, "webhookTool",
        #"{"type":"webhook","webhook":{"body_parameters":{"properties":{"age":{"description":"The age of the customer.","type":"integer"},"location":{"description":"The location of the customer.","type":"string"}},"required":["age","location"],"type":"object"},"description":"string","headers":[{}],"method":"POST","name":"string","path_parameters":{"properties":{"id":{"description":"The id of the customer.","type":"string"}},"required":["id"],"type":"object"},"query_parameters":{"properties":{"page":{"description":"The page number.","type":"integer"}},"required":["page"],"type":"object"},"url":"https://example.com/api/v1/function"}}"#
    )
    check(
        CallAssistantRequest.ToolsItem.self, "hangupTool",
        #"{"type":"hangup","hangup":{"description":"This tool is used to hang up the call."}}"#)
    check(
        CallAssistantRequest.ToolsItem.self, "transferTool",
        #"{"type":"transfer","transfer":{"from":"+35319605860","targets":[{"name":"Support","to":"+13129457420"}]}}"#)
    check(
        CallAssistantRequest.ToolsItem.self, "callControlRetrievalTool",
        #"{"type":"retrieval","retrieval":{"bucket_ids":["string"],"max_num_results":1}}"#)
    check(CallControlTransferToolParams.Targets.self, "variant1ItemArray", #"[{"name":"Support","to":"+13129457420"}]"#)
    check(CallControlTransferToolParams.Targets.self, "string", #""string""#)
    check(CallConversationInsightsGenerated.Payload.ResultsItem.ResultUnion.self, "json2", #"{}"#)
    check(CallConversationInsightsGenerated.Payload.ResultsItem.ResultUnion.self, "string", #""string""#)
    check(CallRequest.ToUnion.self, "string", #""string""#)
    check(CallRequest.ToUnion.self, "stringArray", #"["string"]"#)
    check(ChatCompletionRequest.Stop.self, "string", #""string""#)
    check(ChatCompletionRequest.Stop.self, "stringArray", #"["string"]"#)
    check(
        ChatCompletionRequest.ToolsItem.self, "chatCompletionToolParam",
        #"{"function":{"description":"string","name":"string","parameters":{}},"type":"function"}"#)
    check(
        ChatCompletionRequest.ToolsItem.self, "retrieval",
        #"{"retrieval":{"bucket_ids":["string"],"max_num_results":1},"type":"retrieval"}"#)
    check(ChatCompletionSystemMessageParam.ContentUnion.self, "string", #""string""#)
    check(
        ChatCompletionSystemMessageParam.ContentUnion.self, "variant2ItemArray",
        #"[{"image_url":"string","text":"string","type":"text"}]"#)
    check(
        ConferenceSpeakRequest.VoiceSettingsUnion.self, "elevenLabsVoiceSettings",
        #"{"type":"elevenlabs","api_key_ref":"my_elevenlabs_api_key"}"#)
    check(
        ConferenceSpeakRequest.VoiceSettingsUnion.self, "telnyxVoiceSettings", #"{"type":"telnyx","voice_speed":1.0}"#)
    check(ConferenceSpeakRequest.VoiceSettingsUnion.self, "aWSVoiceSettings", #"{"type":"aws"}"#)
    check(
        ConferenceSpeakRequest.VoiceSettingsUnion.self, "minimaxVoiceSettings",
        #"{"type":"minimax","language_boost":null,"pitch":0,"speed":1.0,"vol":1.0}"#)
    check(
        ConferenceSpeakRequest.VoiceSettingsUnion.self, "azureVoiceSettings",
        #"{"type":"azure","api_key_ref":"my_azure_api_key","deployment_id":"my-custom-voice-deployment","effect":"eq_car","gender":"Male","region":"eastus"}"#
    )
    check(ConferenceSpeakRequest.VoiceSettingsUnion.self, "rimeVoiceSettings", #"{"type":"rime","voice_speed":1.0}"#)
    check(
        ConferenceSpeakRequest.VoiceSettingsUnion.self, "resembleVoiceSettings",
        #"{"type":"resemble","format":"mp3","precision":"PCM_32","sample_rate":"8000"}"#)
    check(
        ConferenceSpeakRequest.VoiceSettingsUnion.self, "inworldVoiceSettings",
        #"{"type":"inworld","delivery_mode":"STABLE"}"#)
    check(ConferenceSpeakRequest.VoiceSettingsUnion.self, "xAIVoiceSettings", #"{"type":"xai","language":"auto"}"#)
    check(
        ConversationFlow.NodesItem.self, "flowNode",
        #"{"type":"prompt","external_llm":{"authentication_method":"token","base_url":"string","certificate_ref":"string","forward_metadata":false,"llm_api_key_ref":"string","model":"string","token_retrieval_url":"string"},"id":"string","instructions":"string","instructions_mode":"replace","llm_api_key_ref":"string","model":"string","name":"string","position":{"x":1.5,"y":1.5},"shared_tool_ids":["string"],"tools":[[{"type":"webhook","webhook":{"async":false,"body_parameters":{"properties":{"age":{"description":"The age of the customer.","type":"integer"},"location":{"description":"The location of the customer.","type":"string"}},"required":["age","location"],"type":"object"},"description":"string","method":"POST","name":"string","path_parameters":{"properties":{"id":{"description":"The id of the customer.","type":"string"}},"required":["id"],"type":"object"},"query_parameters":{"properties":{"page":{"description":"The page number.","type":"integer"}},"required":["page"],"type":"object"},"url":"https://example.com/api/v1/function"}}]],"tools_mode":"replace","transcription":{"api_key_ref":"string","language":"string","model":"deepgram/flux","region":"string","settings":{"eager_eot_threshold":0.8,"enable_endpoint_detection":false,"end_of_turn_confidence_threshold":0.4,"eot_threshold":0.8,"eot_timeout_ms":5000,"interim_results":false,"keyterm":"string","max_endpoint_delay_ms":1,"max_turn_silence":1280,"min_turn_silence":400,"numerals":true,"smart_format":true}},"voice_settings":{"api_key_ref":"string","background_audio":{"type":"predefined_media","value":"silence","volume":1.0},"expressive_mode":false,"language_boost":null,"similarity_boost":0.75,"speed":1.0,"style":0,"temperature":0.5,"use_speaker_boost":true,"voice":"string","voice_speed":1}}"#
    )
    check(
        ConversationFlow.NodesItem.self, "toolNode",
        #"{"type":"tool","id":"string","name":"string","position":{"x":1.5,"y":1.5},"shared_tool_id":"string","tool":[{"type":"webhook","webhook":{"async":false,"body_parameters":{"properties":{"age":{"description":"The age of the customer.","type":"integer"},"location":{"description":"The location of the customer.","type":"string"}},"required":["age","location"],"type":"object"},"description":"string","method":"POST","name":"string","path_parameters":{"properties":{"id":{"description":"The id of the customer.","type":"string"}},"required":["id"],"type":"object"},"query_parameters":{"properties":{"page":{"description":"The page number.","type":"integer"}},"required":["page"],"type":"object"},"url":"https://example.com/api/v1/function"}}]}"#
    )
    check(
        ConversationFlow.NodesItem.self, "speakNode",
        #"{"type":"speak","id":"string","message":"string","name":"string","position":{"x":1.5,"y":1.5}}"#)
    check(
        ConversationFlowReq.NodesItem.self, "flowNodeReq",
        #"{"id":"n_intake","instructions":"Greet the caller and ask what they're calling about.","name":"Intake","position":{"x":120,"y":80},"shared_tool_ids":["tool-faq-kb"],"type":"prompt"}"#
    )
    check(
        ConversationFlowReq.NodesItem.self, "toolNodeReq",
        #"{"id":"n_charge","name":"Charge card","position":{"x":300,"y":200},"shared_tool_id":"tool-charge-card","type":"tool"}"#
    )
    check(
        ConversationFlowReq.NodesItem.self, "speakNodeReq",
        #"{"id":"n_greeting","message":"Thanks for calling, {{caller_name}}. Connecting you now.","name":"Greeting","position":{"x":60,"y":80},"type":"speak"}"#
    )
    check(
        ConversationRelayEmbeddedConfig.VoiceSettingsUnion.self, "elevenLabsVoiceSettings",
        #"{"type":"elevenlabs","api_key_ref":"my_elevenlabs_api_key"}"#)
    check(
        ConversationRelayEmbeddedConfig.VoiceSettingsUnion.self, "telnyxVoiceSettings",
        #"{"type":"telnyx","voice_speed":1.0}"#)
    check(ConversationRelayEmbeddedConfig.VoiceSettingsUnion.self, "aWSVoiceSettings", #"{"type":"aws"}"#)
    check(
        ConversationRelayEmbeddedConfig.VoiceSettingsUnion.self, "minimaxVoiceSettings",
        #"{"type":"minimax","language_boost":null,"pitch":0,"speed":1.0,"vol":1.0}"#)
    check(
        ConversationRelayEmbeddedConfig.VoiceSettingsUnion.self, "azureVoiceSettings",
        #"{"type":"azure","api_key_ref":"my_azure_api_key","deployment_id":"my-custom-voice-deployment","effect":"eq_car","gender":"Male","region":"eastus"}"#
    )
    check(
        ConversationRelayEmbeddedConfig.VoiceSettingsUnion.self, "rimeVoiceSettings",
        #"{"type":"rime","voice_speed":1.0}"#)
    check(
        ConversationRelayEmbeddedConfig.VoiceSettingsUnion.self, "resembleVoiceSettings",
        #"{"type":"resemble","format":"mp3","precision":"PCM_32","sample_rate":"8000"}"#)
    check(
        ConversationRelayEmbeddedConfig.VoiceSettingsUnion.self, "inworldVoiceSettings",
        #"{"type":"inworld","delivery_mode":"STABLE"}"#)
    check(
        ConversationRelayEmbeddedConfig.VoiceSettingsUnion.self, "xAIVoiceSettings",
        #"{"type":"xai","language":"auto"}"#)
    check(
        ConversationRelayLanguage.VoiceSettingsUnion.self, "elevenLabsVoiceSettings",
        #"{"type":"elevenlabs","api_key_ref":"my_elevenlabs_api_key"}"#)
    check(
        ConversationRelayLanguage.VoiceSettingsUnion.self, "telnyxVoiceSettings",
        #"{"type":"telnyx","voice_speed":1.0}"#)
    check(ConversationRelayLanguage.VoiceSettingsUnion.self, "aWSVoiceSettings", #"{"type":"aws"}"#)
    check(
        ConversationRelayLanguage.VoiceSettingsUnion.self, "minimaxVoiceSettings",
        #"{"type":"minimax","language_boost":null,"pitch":0,"speed":1.0,"vol":1.0}"#)
    check(
        ConversationRelayLanguage.VoiceSettingsUnion.self, "azureVoiceSettings",
        #"{"type":"azure","api_key_ref":"my_azure_api_key","deployment_id":"my-custom-voice-deployment","effect":"eq_car","gender":"Male","region":"eastus"}"#
    )
    check(ConversationRelayLanguage.VoiceSettingsUnion.self, "rimeVoiceSettings", #"{"type":"rime","voice_speed":1.0}"#)
    check(
        ConversationRelayLanguage.VoiceSettingsUnion.self, "resembleVoiceSettings",
        #"{"type":"resemble","format":"mp3","precision":"PCM_32","sample_rate":"8000"}"#)
    check(
        ConversationRelayLanguage.VoiceSettingsUnion.self, "inworldVoiceSettings",
        #"{"type":"inworld","delivery_mode":"STABLE"}"#)
    check(ConversationRelayLanguage.VoiceSettingsUnion.self, "xAIVoiceSettings", #"{"type":"xai","language":"auto"}"#)
    check(CreateMsgReq.MetadataValue.self, "string", #""string""#)
    check(CreateMsgReq.MetadataValue.self, "int", #"1"#)
    check(CreateMsgReq.MetadataValue.self, "bool", #"true"#)
    check(CreateMsgReq.MetadataValue.self, "variant4ItemArray", #"["string"]"#)
    check(CreateMsgReq.MetadataValue.Variant4Item.self, "string", #""string""#)
    check(CreateMsgReq.MetadataValue.Variant4Item.self, "int", #"1"#)
    check(CreateMsgReq.MetadataValue.Variant4Item.self, "bool", #"true"#)
    check(CreateMsgReq.ToolChoice.self, "string", #""string""#)
    check(CreateMsgReq.ToolChoice.self, "json2", #"{}"#)
    check(CreateScheduledEventRequest.ConversationMetadataValue.self, "string", #""string""#)
    check(CreateScheduledEventRequest.ConversationMetadataValue.self, "int", #"1"#)
    check(CreateScheduledEventRequest.ConversationMetadataValue.self, "bool", #"true"#)
    check(
        CustomStorageConfiguration.Configuration.self, "gCSConfigurationData",
        #"{"backend":"gcs","bucket":"example-bucket","credentials":"OPAQUE_CREDENTIALS_TOKEN"}"#)
    check(
        CustomStorageConfiguration.Configuration.self, "s3ConfigurationData",
        #"{"backend":"s3","aws_access_key_id":"AKIAIOSFODNN7EXAMPLE","aws_secret_access_key":"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY","bucket":"example-bucket","region":"us-east-1"}"#
    )
    check(
        CustomStorageConfiguration.Configuration.self, "azureConfigurationData",
        #"{"backend":"azure","account_key":"bPxRfiCYEXAMPLEKEY","account_name":"my-account","bucket":"example-bucket"}"#
    )
    check(
        DetailRecord.self, "messageDetailRecord",
        #"{"record_type":"message_detail_record","carrier":"T-Mobile USA","carrier_fee":"0.003","cld":"+1555123456","cli":"+1555123456","completed_at":"2020-07-01T00:00:00Z","cost":"0.003","country_code":"US","created_at":"2020-07-01T00:00:00Z","currency":"USD","delivery_status":"success: webhook succeeded","delivery_status_failover_url":"https://api.example.com/sms/telnyx/inbound","delivery_status_webhook_url":"https://api.example.com/sms/telnyx/inbound","direction":"outbound","errors":["string"],"fteu":false,"mcc":"204","message_type":"SMS","mnc":"01","on_net":true,"parts":2,"profile_id":"30ef55db-c4a2-4c4a-9804-a68077973d07","profile_name":"My Messaging Profile","rate":"0.003","sent_at":"2020-07-01T00:00:00Z","source_country_code":"US","status":"delivered","tags":"tag1,tag2,tag3","updated_at":"2020-07-01T00:00:00Z","user_id":"3ca7bd3d-7d82-4e07-9df4-009123068320","uuid":"3ca7bd3d-7d82-4e07-9df4-009123068320"}"#
    )
    check(
        DetailRecord.self, "conferenceDetailRecord",
        #"{"record_type":"conference_detail_record","call_leg_id":"3ca7bd3d-7d82-4e07-9df4-009123068320","call_sec":100,"call_session_id":"3ca7bd3d-7d82-4e07-9df4-009123068320","connection_id":"1583941447772537867","ended_at":"2020-07-01T00:00:00-06:00","expires_at":"2020-07-01T00:00:00-06:00","id":"3ca7bd3d-7d82-4e07-9df4-009123068320","is_telnyx_billable":false,"name":"My Conference","participant_call_sec":100,"participant_count":5,"region":"ch1","started_at":"2020-07-01T00:00:00-06:00","user_id":"3ca7bd3d-7d82-4e07-9df4-009123068320"}"#
    )
    check(
        DetailRecord.self, "conferenceParticipantDetailRecord",
        #"{"record_type":"conference_participant_detail_record","billed_sec":120,"call_leg_id":"3ca7bd3d-7d82-4e07-9df4-009123068320","call_sec":100,"call_session_id":"3ca7bd3d-7d82-4e07-9df4-009123068320","conference_id":"3ca7bd3d-7d82-4e07-9df4-009123068320","cost":"0.004","currency":"USD","destination_number":"+18005550199","id":"3ca7bd3d-7d82-4e07-9df4-009123068320","is_telnyx_billable":true,"joined_at":"2020-07-01T00:00:00-06:00","left_at":"2020-07-01T00:00:00-06:00","originating_number":"+18005550199","rate":"0.002","rate_measured_in":"minutes","user_id":"3ca7bd3d-7d82-4e07-9df4-009123068320"}"#
    )
    check(
        DetailRecord.self, "amdDetailRecord",
        #"{"record_type":"amd_detail_record","billing_group_id":"01977831-abdd-4894-84f3-244385621424","billing_group_name":"Billing group name","call_leg_id":"3ca7bd3d-7d82-4e07-9df4-009123068320","call_session_id":"3ca7bd3d-7d82-4e07-9df4-009123068320","connection_id":"1684947189014463919","connection_name":"Name of the connection with id specified in connection_id field","cost":"0.004","currency":"USD","feature":"PREMIUM","id":"3ca7bd3d-7d82-4e07-9df4-009123068320","invoked_at":"2020-07-01T00:00:00Z","is_telnyx_billable":true,"rate":"0.002","rate_measured_in":"invocations","tags":"tag1,tag2"}"#
    )
    check(
        DetailRecord.self, "verifyDetailRecord",
        #"{"record_type":"verification_detail_record","created_at":"2021-07-08T00:00:41.000000+00:00","currency":"USD","delivery_status":"pending","destination_phone_number":"+13124515883","id":"0add777f-1549-46f7-84e9-ad7350f6aa97","rate":"0.002","rate_measured_in":"number of occurrences","updated_at":"2021-07-08T00:00:41.000000+00:00","verification_status":"pending","verify_channel_id":"5b7a8365-91f3-420a-befc-498d1efd6c20","verify_channel_type":"sms","verify_profile_id":"49000176-1ab2-8bc1-352e-4009f6c37f82","verify_usage_fee":"0.002"}"#
    )
    check(
        DetailRecord.self, "simCardUsageDetailRecord",
        #"{"record_type":"sim_card_usage","closed_at":"2020-07-01T00:00:00Z","created_at":"2020-07-01T00:00:00Z","currency":"USD","data_cost":0.029283,"data_rate":"0.06000","data_unit":"MB","downlink_data":0.124,"id":"3ca7bd3d-7d82-4e07-9df4-009123068320","imsi":"311210393720093","ip_address":"100.64.1.2","mcc":"204","mnc":"69","phone_number":"+15188490209","sim_card_id":"7aa66686-b39f-456d-8edc-5b6cffb1432a","sim_card_tags":"mytag","sim_group_id":"6c07e2e9-cbc0-49ba-ac0d-c59b59646bb1","sim_group_name":"SIMBillingInfo test - otheraccount","uplink_data":0.7653}"#
    )
    check(
        DetailRecord.self, "mediaStorageDetailRecord",
        #"{"record_type":"media_storage","action_type":"upload","asset_id":"a46f4764-4ce4-4391-804c-02f00bc4ff9b","cost":"0.004","created_at":"2020-07-01T00:00:00Z","currency":"USD","id":"3ca7bd3d-7d82-4e07-9df4-009123068320","link_channel_id":"2065f482-64b9-4680-a3a9-c6d3142efdf7","link_channel_type":"message","org_id":"3ca7bd3d-7d82-4e07-9df4-009123068320","rate":"0.0001","rate_measured_in":"events","status":"failed","user_id":"3ca7bd3d-7d82-4e07-9df4-009123068320","webhook_id":"b46f4764-4ce4-4391-804c-02f00bc4ff9b"}"#
    )
    check(EmailAddressInput.self, "string", #""string""#)
    check(EmailAddressInput.self, "emailAddress", #"{"email":"string","name":"string"}"#)
    check(
        EmailBlocksResource.ListResponse.self, "emailBlockListOffsetResponse",
        #"{"data":[{"created_at":"2026-01-15T10:30:00Z","domain_id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","expires_at":"2026-01-15T10:30:00Z","from":"string","group_id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","reason":"hard_bounce","record_type":"email_block","scope":"account","source":"feedback","status":"active","to":"string","updated_at":"2026-01-15T10:30:00Z"}],"meta":{"page_number":1,"page_size":1,"total_pages":1,"total_results":1}}"#
    )
    check(
        EmailDomainListResponse.MetaUnion.self, "offsetPaginationMeta",
        #"{"page_number":1,"page_size":1,"total_pages":1,"total_results":1}"#)
    check(
        EmailDomainListResponse.MetaUnion.self, "emailCursorPaginationMeta",
        #"{"has_next":true,"has_previous":true,"next_cursor":"string","page_size":1,"previous_cursor":"string"}"#)
    check(EmailEventsResource.ListParameters.EventTypeUnion.self, "string", #""string""#)
    check(EmailEventsResource.ListParameters.EventTypeUnion.self, "stringArray", #"["string"]"#)
    check(EmailUnsubscribeGroupsResource.DeleteParameters.Force.self, "variant1", #""true""#)
    check(EmailUnsubscribeGroupsResource.DeleteParameters.Force.self, "bool", #"true"#)
    check(ErrorObject.Detail.self, "string", #""string""#)
    check(ErrorObject.Detail.self, "json2", #"{}"#)
    check(
        Expression.self, "comparisonExpression",
        #"{"left":{"name":"user_age","type":"variable"},"op":">=","right":{"type":"number_literal","value":18},"type":"comparison"}"#
    )
    check(
        Expression.self, "booleanOpExpression",
        #"{"op":"and","operands":[{"name":"is_premium","type":"variable"},{"left":{"name":"user_age","type":"variable"},"op":">=","right":{"type":"number_literal","value":18},"type":"comparison"}],"type":"bool_op"}"#
    )
    check(
        Expression.self, "arithmeticExpression",
        #"{"left":{"name":"cart_total","type":"variable"},"op":"+","right":{"name":"shipping_cost","type":"variable"},"type":"arithmetic"}"#
    )
    check(Expression.self, "dynamicVariableExpression", #"{"name":"user_age","type":"variable"}"#)
    check(Expression.self, "stringLiteralExpression", #"{"type":"string_literal","value":"gold"}"#)
    check(Expression.self, "numberLiteralExpression", #"{"type":"number_literal","value":18}"#)
    check(Expression.self, "booleanLiteralExpression", #"{"type":"bool_literal","value":true}"#)
    check(
        FlowEdge.Condition.self, "lLMCondition",
        #"{"prompt":"The user has confirmed their booking details.","type":"llm"}"#)
    check(
        FlowEdge.Condition.self, "expressionCondition",
        #"{"expression":{"left":{"name":"user_age","type":"variable"},"op":">=","right":{"type":"number_literal","value":18},"type":"comparison"},"type":"expression"}"#
    )
    check(FlowEdge.Condition.self, "defaultCondition", #"{"type":"default"}"#)
    check(FlowEdge.Target.self, "nodeTarget", #"{"type":"node","node_id":"n_billing"}"#)
    check(
        FlowEdge.Target.self, "assistantTarget",
        #"{"type":"assistant","assistant_id":"assistant-billing","position":{"x":600,"y":80},"voice_mode":"unified"}"#)
    check(
        GatherUsingAIRequest.VoiceSettingsUnion.self, "elevenLabsVoiceSettings",
        #"{"type":"elevenlabs","api_key_ref":"my_elevenlabs_api_key"}"#)
    check(GatherUsingAIRequest.VoiceSettingsUnion.self, "telnyxVoiceSettings", #"{"type":"telnyx","voice_speed":1.0}"#)
    check(GatherUsingAIRequest.VoiceSettingsUnion.self, "aWSVoiceSettings", #"{"type":"aws"}"#)
    check(
        GatherUsingAIRequest.VoiceSettingsUnion.self, "azureVoiceSettings",
        #"{"type":"azure","api_key_ref":"my_azure_api_key","deployment_id":"my-custom-voice-deployment","effect":"eq_car","gender":"Male","region":"eastus"}"#
    )
    check(GatherUsingAIRequest.VoiceSettingsUnion.self, "rimeVoiceSettings", #"{"type":"rime","voice_speed":1.0}"#)
    check(
        GatherUsingAIRequest.VoiceSettingsUnion.self, "resembleVoiceSettings",
        #"{"type":"resemble","format":"mp3","precision":"PCM_32","sample_rate":"8000"}"#)
    check(GatherUsingAIRequest.VoiceSettingsUnion.self, "xAIVoiceSettings", #"{"type":"xai","language":"auto"}"#)
    check(
        GatherUsingSpeakRequest.VoiceSettingsUnion.self, "elevenLabsVoiceSettings",
        #"{"type":"elevenlabs","api_key_ref":"my_elevenlabs_api_key"}"#)
    check(
        GatherUsingSpeakRequest.VoiceSettingsUnion.self, "telnyxVoiceSettings", #"{"type":"telnyx","voice_speed":1.0}"#)
    check(GatherUsingSpeakRequest.VoiceSettingsUnion.self, "aWSVoiceSettings", #"{"type":"aws"}"#)
    check(
        GatherUsingSpeakRequest.VoiceSettingsUnion.self, "minimaxVoiceSettings",
        #"{"type":"minimax","language_boost":null,"pitch":0,"speed":1.0,"vol":1.0}"#)
    check(
        GatherUsingSpeakRequest.VoiceSettingsUnion.self, "azureVoiceSettings",
        #"{"type":"azure","api_key_ref":"my_azure_api_key","deployment_id":"my-custom-voice-deployment","effect":"eq_car","gender":"Male","region":"eastus"}"#
    )
    check(GatherUsingSpeakRequest.VoiceSettingsUnion.self, "rimeVoiceSettings", #"{"type":"rime","voice_speed":1.0}"#)
    check(
        GatherUsingSpeakRequest.VoiceSettingsUnion.self, "resembleVoiceSettings",
        #"{"type":"resemble","format":"mp3","precision":"PCM_32","sample_rate":"8000"}"#)
    check(
        GatherUsingSpeakRequest.VoiceSettingsUnion.self, "inworldVoiceSettings",
        #"{"type":"inworld","delivery_mode":"STABLE"}"#)
    check(GatherUsingSpeakRequest.VoiceSettingsUnion.self, "xAIVoiceSettings", #"{"type":"xai","language":"auto"}"#)
    check(GlobalIPAssignmentHealthResource.RetrieveParameters.FilterGlobalIPAssignmentID.self, "string", #""string""#)
    check(
        GlobalIPAssignmentHealthResource.RetrieveParameters.FilterGlobalIPAssignmentID.self, "variant2",
        #"{"in":"string"}"#)
    check(GlobalIPAssignmentHealthResource.RetrieveParameters.FilterGlobalIPID.self, "string", #""string""#)
    check(GlobalIPAssignmentHealthResource.RetrieveParameters.FilterGlobalIPID.self, "variant2", #"{"in":"string"}"#)
    check(GlobalIPAssignmentsUsageResource.RetrieveParameters.FilterGlobalIPAssignmentID.self, "string", #""string""#)
    check(
        GlobalIPAssignmentsUsageResource.RetrieveParameters.FilterGlobalIPAssignmentID.self, "variant2",
        #"{"in":"string"}"#)
    check(GlobalIPAssignmentsUsageResource.RetrieveParameters.FilterGlobalIPID.self, "string", #""string""#)
    check(GlobalIPAssignmentsUsageResource.RetrieveParameters.FilterGlobalIPID.self, "variant2", #"{"in":"string"}"#)
    check(GlobalIPLatencyResource.RetrieveParameters.FilterGlobalIPID.self, "string", #""string""#)
    check(GlobalIPLatencyResource.RetrieveParameters.FilterGlobalIPID.self, "variant2", #"{"in":"string"}"#)
    check(GlobalIPUsageResource.RetrieveParameters.FilterGlobalIPID.self, "string", #""string""#)
    check(GlobalIPUsageResource.RetrieveParameters.FilterGlobalIPID.self, "variant2", #"{"in":"string"}"#)
    check(
        InferenceEmbeddingTransferToolParams.Targets.self, "variant1ItemArray",
        #"[{"name":"Support","to":"+13129457420"}]"#)
    check(InferenceEmbeddingTransferToolParams.Targets.self, "string", #""string""#)
    check(InitiateCallRequest.self, "variant1", #"{"Texml":{}}"#)
    check(InitiateCallRequest.self, "variant2", #"{"Url":{}}"#)
    check(InitiateCallRequest.self, "variant3", #"{"Texml":{},"Url":{}}"#)
    check(InsightTemplateCreateReq.JSONSchema.self, "string", #""string""#)
    check(InsightTemplateCreateReq.JSONSchema.self, "json2", #"{}"#)
    check(InsightTemplateResp.JSONSchema.self, "string", #""string""#)
    check(InsightTemplateResp.JSONSchema.self, "json2", #"{}"#)
    check(InsightTemplateUpdateReq.JSONSchema.self, "string", #""string""#)
    check(InsightTemplateUpdateReq.JSONSchema.self, "json2", #"{}"#)
    check(InviteToolConfig.Targets.self, "variant1ItemArray", #"[{"name":"Support","to":"+13129457420"}]"#)
    check(InviteToolConfig.Targets.self, "string", #""string""#)
    check(Loopcount.self, "string", #""string""#)
    check(Loopcount.self, "int", #"1"#)
    check(
        MessagesResource.RetrieveResponse.DataUnion.self, "outboundMessagePayload",
        #"{"cc":[],"completed_at":null,"cost":{"amount":"0.0051","currency":"USD"},"cost_breakdown":{"carrier_fee":{"amount":"0.00305","currency":"USD"},"rate":{"amount":"0.00205","currency":"USD"}},"direction":"outbound","encoding":"GSM-7","errors":[],"from":{"carrier":"TELNYX LLC","line_type":"VoIP","phone_number":"+18445550001"},"id":"40385f64-5717-4562-b3fc-2c963f66afa6","media":[{"content_type":null,"sha256":null,"size":null,"url":"https://pbs.twimg.com/profile_images/1142168442042118144/AW3F4fFD_400x400.png"}],"messaging_profile_id":"4000eba1-a0c0-4563-9925-b25e842a7cb6","num_chars":13,"organization_id":"b448f9cc-a842-4784-98e9-03c1a5872950","parts":1,"received_at":"2019-01-23T18:10:02.574Z","record_type":"message","sent_at":null,"subject":"From Telnyx!","tags":["Greetings"],"tcr_campaign_billable":true,"tcr_campaign_id":"TCPA3X7","tcr_campaign_registered":"REGISTERED","text":"Hello, World!","to":[{"carrier":"T-MOBILE USA, INC.","line_type":"Wireless","phone_number":"+18665550001","status":"queued"}],"type":"MMS","valid_until":null,"wait_seconds":0.5,"webhook_failover_url":"https://backup.example.com/hooks","webhook_url":"https://www.example.com/hooks"}"#
    )
    check(
        MessagesResource.RetrieveResponse.DataUnion.self, "inboundMessagePayload",
        #"{"cc":[],"completed_at":null,"cost":{"amount":"0.0051","currency":"USD"},"cost_breakdown":{"carrier_fee":{"amount":"0.00305","currency":"USD"},"rate":{"amount":"0.00205","currency":"USD"}},"direction":"inbound","encoding":"GSM-7","errors":[],"from":{"carrier":"T-MOBILE USA, INC.","line_type":"Wireless","phone_number":"+18665550001","status":"delivered"},"id":"7ee4241c-f127-47e5-9c34-3aac291f8058","media":[],"messaging_profile_id":"0f512bda-ae1e-4597-8e11-e5f5686b97d3","num_chars":13,"organization_id":"b448f9cc-a842-4784-98e9-03c1a5872950","parts":1,"received_at":"2019-01-23T18:10:02.574Z","record_type":"message","sent_at":null,"subject":"From Telnyx!","tags":["Greetings"],"tcr_campaign_billable":true,"tcr_campaign_id":"TCPA3X7","tcr_campaign_registered":"REGISTERED","text":"Hello, World!","to":[{"carrier":"TELNYX LLC","line_type":"VoIP","phone_number":"+18445550001","status":"delivered"}],"type":"SMS","valid_until":null,"webhook_failover_url":"https://backup.example.com/hooks","webhook_url":"https://www.example.com/hooks"}"#
    )
    check(
        Messaging10dlcResource.GetEnumResponse.self, "enumStringListResponse",
        #"["BASIC_ACCOUNT","SMALL_ACCOUNT","MEDIUM_ACCOUNT","LARGE_ACCOUNT","KEY_ACCOUNT"]"#)
    check(
        Messaging10dlcResource.GetEnumResponse.self, "enumObjectListResponse",
        #"[{"displayName":"string","networkId":10000,"osrBitmaskIndex":32}]"#)
    check(
        Messaging10dlcResource.GetEnumResponse.self, "enumObjectToStringResponse",
        #"{"AREIS":"AREIS","BANDW":"Bandwidth","SINCH":"Sinch"}"#)
    check(
        Messaging10dlcResource.GetEnumResponse.self, "enumPaginatedResponse",
        #"{"page":1,"records":[{"displayName":"1-800 FLOWERS.COM, Inc.","exchange":"NASDAQ","isin":"US68243Q1067","iso2":"US","symbol":"FLWS"},{"displayName":"10X GENOMICS INC CLASS A","exchange":"NASDAQ","isin":"US88025U1097","iso2":"US","symbol":"TXG"}],"totalRecords":2}"#
    )
    check(
        MobilePushCredentialsResource.CreateBody.self, "createIosPushCredentialRequest",
        #"{"alias":"LucyIosCredential","certificate":"-----BEGIN CERTIFICATE----- MIIGVDCCBTKCAQEAsNlRJVZn9ZvXcECQm65czs... -----END CERTIFICATE-----","private_key":"-----BEGIN RSA PRIVATE KEY----- MIIEpQIBAAKCAQEAsNlRJVZn9ZvXcECQm65czs... -----END RSA PRIVATE KEY-----","type":"ios"}"#
    )
    check(
        MobilePushCredentialsResource.CreateBody.self, "createAndroidPushCredentialRequest",
        #"{"alias":"LucyAndroidCredential","project_account_json_file":{"client_email":"account@customer.org","private_key":"BBBB0J56jd8kda:APA91vjb11BCjvxx3Jxja..."},"type":"android"}"#
    )
    check(NetworkCoverageResource.ListParameters.FiltersAvailableServices.self, "availableService", #""cloud_vpn""#)
    check(
        NetworkCoverageResource.ListParameters.FiltersAvailableServices.self, "variant2", #"{"contains":"cloud_vpn"}"#)
    check(OpenAIEmbeddingRequest.Input.self, "string", #""string""#)
    check(OpenAIEmbeddingRequest.Input.self, "stringArray", #"["string"]"#)
    check(
        PaginatedScheduledEventList.DataItem.self, "scheduledPhoneCallEventResponse",
        #"{"assistant_id":"string","call_attempts":[{"attempt_number":1,"attempted_at":"2026-01-15T10:30:00Z","call_duration":1,"call_status":"string","telnyx_call_control_id":"string"}],"call_duration":1,"call_settings":{"sip_region":"US"},"call_status":"string","conversation_id":"string","conversation_metadata":{},"created_at":"2026-01-15T10:30:00Z","dispatched_at":"2026-01-15T10:30:00Z","dynamic_variables":{},"errors":["string"],"max_retries_client_errors":0,"retry_attempts":1,"retry_count":0,"retry_interval_secs":1,"scheduled_at_fixed_datetime":"2026-01-15T10:30:00Z","scheduled_event_id":"string","status":"pending","telnyx_agent_target":"string","telnyx_conversation_channel":"phone_call","telnyx_end_user_target":"string"}"#
    )
    check(
        PaginatedScheduledEventList.DataItem.self, "scheduledSMSEventResponse",
        #"{"assistant_id":"string","conversation_id":"string","conversation_metadata":{},"created_at":"2026-01-15T10:30:00Z","dynamic_variables":{},"errors":["string"],"retry_count":0,"scheduled_at_fixed_datetime":"2026-01-15T10:30:00Z","scheduled_event_id":"string","status":"pending","telnyx_agent_target":"string","telnyx_conversation_channel":"phone_call","telnyx_end_user_target":"string","text":"string"}"#
    )
    check(PhoneNumbersResource.ListParameters.FilterCountryIsoAlpha2.self, "string", #""string""#)
    check(PhoneNumbersResource.ListParameters.FilterCountryIsoAlpha2.self, "stringArray", #"["string"]"#)
    check(PhoneNumbersResource.SlimListParameters.FilterCountryIsoAlpha2.self, "string", #""string""#)
    check(PhoneNumbersResource.SlimListParameters.FilterCountryIsoAlpha2.self, "stringArray", #"["string"]"#)
    check(
        PortingEvent.self, "portingEventDeletedPayload",
        #"{"event_type":"porting_order.deleted","available_notification_methods":["email"],"id":"eef3340b-8903-4466-b445-89b697315a3a","payload":{"created_at":"2021-03-19T10:07:15.527000Z","customer_reference":"my-ref-001","deleted_at":"2021-03-19T10:07:15.527Z","id":"96dfa9e4-c753-4fd3-97cd-42d66f26cf0c","record_type":"porting_event","updated_at":"2021-03-19T10:07:15.527000Z"},"payload_status":"created","porting_order_id":"9471c873-e3eb-4ca1-957d-f9a451334d52"}"#
    )
    check(
        PortingEvent.self, "portingEventMessagingChangedPayload",
        #"{"event_type":"porting_order.messaging_changed","available_notification_methods":["email"],"created_at":"2021-03-19T10:07:15.527000Z","id":"eef3340b-8903-4466-b445-89b697315a3a","payload":{"customer_reference":"my-ref-001","id":"96dfa9e4-c753-4fd3-97cd-42d66f26cf0c","messaging":{"enable_messaging":true,"messaging_capable":true,"messaging_port_completed":true,"messaging_port_status":"ported"},"support_key":"sr_b1a2c3"},"payload_status":"created","porting_order_id":"9471c873-e3eb-4ca1-957d-f9a451334d52","record_type":"porting_event","updated_at":"2021-03-19T10:07:15.527000Z"}"#
    )
    check(
        PortingEvent.self, "portingEventStatusChangedEvent",
        #"{"event_type":"porting_order.status_changed","available_notification_methods":["email"],"created_at":"2021-03-19T10:07:15.527000Z","id":"eef3340b-8903-4466-b445-89b697315a3a","payload":{"customer_reference":"my-ref-001","id":"96dfa9e4-c753-4fd3-97cd-42d66f26cf0c","status":{"details":[{"code":"ENTITY_NAME_MISMATCH","description":"Entity name does not match that on the CSR"}],"value":"ported"},"support_key":"sr_b1a2c3","updated_at":"2021-03-19T10:07:15.527Z","webhook_url":"https://example.com/webhook"},"payload_status":"created","porting_order_id":"9471c873-e3eb-4ca1-957d-f9a451334d52","record_type":"porting_event","updated_at":"2021-03-19T10:07:15.527000Z"}"#
    )
    check(
        PortingEvent.self, "portingEventNewCommentEvent",
        #"{"event_type":"porting_order.new_comment","available_notification_methods":["email"],"created_at":"2021-03-19T10:07:15.527000Z","id":"eef3340b-8903-4466-b445-89b697315a3a","payload":{"comment":{"body":"This is a comment.","id":"96dfa9e4-c753-4fd3-97cd-42d66f26cf0c","inserted_at":"2021-03-19T10:07:15.527Z","user_id":"96dfa9e4-c753-4fd3-97cd-42d66f26cf0c","user_type":"user"},"porting_order_id":"96dfa9e4-c753-4fd3-97cd-42d66f26cf0c","support_key":"sr_b1a2c3"},"payload_status":"created","porting_order_id":"9471c873-e3eb-4ca1-957d-f9a451334d52","record_type":"porting_event","updated_at":"2021-03-19T10:07:15.527000Z"}"#
    )
    check(
        PortingEvent.self, "portingEventSplitEvent",
        #"{"event_type":"porting_order.split","available_notification_methods":["email"],"created_at":"2021-03-19T10:07:15.527000Z","id":"eef3340b-8903-4466-b445-89b697315a3a","payload":{"from":{"id":"96dfa9e4-c753-4fd3-97cd-42d66f26cf0c"},"porting_phone_numbers":[{"id":"96dfa9e4-c753-4fd3-97cd-42d66f26cf0c"}],"to":{"id":"96dfa9e4-c753-4fd3-97cd-42d66f26cf0c"}},"payload_status":"created","porting_order_id":"9471c873-e3eb-4ca1-957d-f9a451334d52","record_type":"porting_event","updated_at":"2021-03-19T10:07:15.527000Z"}"#
    )
    check(
        PortingEvent.self, "portingEventWithoutWebhook",
        #"{"event_type":"porting_order.loa_updated","available_notification_methods":["email"],"created_at":"2021-03-19T10:07:15.527000Z","id":"eef3340b-8903-4466-b445-89b697315a3a","payload":null,"payload_status":"created","porting_order_id":"9471c873-e3eb-4ca1-957d-f9a451334d52","record_type":"porting_event","updated_at":"2021-03-19T10:07:15.527000Z"}"#
    )
    check(PortingOrdersPhoneNumberBlocksResource.ListParameters.FilterStatus.self, "variant1", #""draft""#)
    check(PortingOrdersPhoneNumberBlocksResource.ListParameters.FilterStatus.self, "variant2ItemArray", #"["draft"]"#)
    check(PortingOrdersPhoneNumberBlocksResource.ListParameters.FilterSupportKey.self, "string", #""string""#)
    check(PortingOrdersPhoneNumberBlocksResource.ListParameters.FilterSupportKey.self, "stringArray", #"["string"]"#)
    check(
        PortoutEvent.self, "webhookPortoutStatusChanged",
        #"{"event_type":"portout.status_changed","available_notification_methods":["email"],"created_at":"2021-03-19T10:07:15.527000Z","id":"eef3340b-8903-4466-b445-89b697315a3a","payload":{"attempted_pin":"1234","carrier_name":"Testing Carrier","id":"96dfa9e4-c753-4fd3-97cd-42d66f26cf0c","phone_numbers":["+35312345678"],"rejection_reason":"string","spid":"987H","status":"authorized","subscriber_name":"John Doe","user_id":"96dfa9e4-c753-4fd3-97cd-42d66f26cf0c"},"payload_status":"created","portout_id":"9471c873-e3eb-4ca1-957d-f9a451334d52","record_type":"portout_event","updated_at":"2021-03-19T10:07:15.527000Z"}"#
    )
    check(
        PortoutEvent.self, "webhookPortoutNewComment",
        #"{"event_type":"portout.new_comment","available_notification_methods":["email"],"created_at":"2021-03-19T10:07:15.527000Z","id":"eef3340b-8903-4466-b445-89b697315a3a","payload":{"comment":"This is a comment.","id":"96dfa9e4-c753-4fd3-97cd-42d66f26cf0c","portout_id":"d26109e5-0605-4671-a235-d3c649cc8406","user_id":"1c45c968-c2e0-4559-b1dd-db073962fc61"},"payload_status":"created","portout_id":"9471c873-e3eb-4ca1-957d-f9a451334d52","record_type":"portout_event","updated_at":"2021-03-19T10:07:15.527000Z"}"#
    )
    check(
        PortoutEvent.self, "webhookPortoutFocDateChanged",
        #"{"event_type":"portout.foc_date_changed","available_notification_methods":["email"],"created_at":"2021-03-19T10:07:15.527000Z","id":"eef3340b-8903-4466-b445-89b697315a3a","payload":{"foc_date":"2021-03-19T10:07:15.527Z","id":"96dfa9e4-c753-4fd3-97cd-42d66f26cf0c","user_id":"0e19c89e-f0ce-458a-a36c-3c60bc2014b1"},"payload_status":"created","portout_id":"9471c873-e3eb-4ca1-957d-f9a451334d52","record_type":"portout_event","updated_at":"2021-03-19T10:07:15.527000Z"}"#
    )
    check(PortoutsResource.ListRejectionCodesParameters.FilterCode.self, "int", #"1"#)
    check(PortoutsResource.ListRejectionCodesParameters.FilterCode.self, "intArray", #"[1]"#)
    check(
        PronunciationDictItem.self, "pronunciationDictAliasItem",
        #"{"type":"alias","alias":"tel-nicks","text":"Telnyx"}"#)
    check(
        PronunciationDictItem.self, "pronunciationDictPhonemeItem",
        #"{"type":"phoneme","alphabet":"ipa","phoneme":"ˈtɛl.nɪks","text":"Telnyx"}"#)
    check(
        ScheduledEventResponse.self, "scheduledPhoneCallEventResponse",
        #"{"assistant_id":"string","call_attempts":[{"attempt_number":1,"attempted_at":"2026-01-15T10:30:00Z","call_duration":1,"call_status":"string","telnyx_call_control_id":"string"}],"call_duration":1,"call_settings":{"sip_region":"US"},"call_status":"string","conversation_id":"string","conversation_metadata":{},"created_at":"2026-01-15T10:30:00Z","dispatched_at":"2026-01-15T10:30:00Z","dynamic_variables":{},"errors":["string"],"max_retries_client_errors":0,"retry_attempts":1,"retry_count":0,"retry_interval_secs":1,"scheduled_at_fixed_datetime":"2026-01-15T10:30:00Z","scheduled_event_id":"string","status":"pending","telnyx_agent_target":"string","telnyx_conversation_channel":"phone_call","telnyx_end_user_target":"string"}"#
    )
    check(
        ScheduledEventResponse.self, "scheduledSMSEventResponse",
        #"{"assistant_id":"string","conversation_id":"string","conversation_metadata":{},"created_at":"2026-01-15T10:30:00Z","dynamic_variables":{},"errors":["string"],"retry_count":0,"scheduled_at_fixed_datetime":"2026-01-15T10:30:00Z","scheduled_event_id":"string","status":"pending","telnyx_agent_target":"string","telnyx_conversation_channel":"phone_call","telnyx_end_user_target":"string","text":"string"}"#
    )
    check(ScheduledPhoneCallEventResponse.ConversationMetadataValue.self, "string", #""string""#)
    check(ScheduledPhoneCallEventResponse.ConversationMetadataValue.self, "int", #"1"#)
    check(ScheduledPhoneCallEventResponse.ConversationMetadataValue.self, "bool", #"true"#)
    check(ScheduledSMSEventResponse.ConversationMetadataValue.self, "string", #""string""#)
    check(ScheduledSMSEventResponse.ConversationMetadataValue.self, "int", #"1"#)
    check(ScheduledSMSEventResponse.ConversationMetadataValue.self, "bool", #"true"#)
    check(
        SpeakRequest.VoiceSettingsUnion.self, "elevenLabsVoiceSettings",
        #"{"type":"elevenlabs","api_key_ref":"my_elevenlabs_api_key"}"#)
    check(SpeakRequest.VoiceSettingsUnion.self, "telnyxVoiceSettings", #"{"type":"telnyx","voice_speed":1.0}"#)
    check(SpeakRequest.VoiceSettingsUnion.self, "aWSVoiceSettings", #"{"type":"aws"}"#)
    check(
        SpeakRequest.VoiceSettingsUnion.self, "minimaxVoiceSettings",
        #"{"type":"minimax","language_boost":null,"pitch":0,"speed":1.0,"vol":1.0}"#)
    check(
        SpeakRequest.VoiceSettingsUnion.self, "azureVoiceSettings",
        #"{"type":"azure","api_key_ref":"my_azure_api_key","deployment_id":"my-custom-voice-deployment","effect":"eq_car","gender":"Male","region":"eastus"}"#
    )
    check(SpeakRequest.VoiceSettingsUnion.self, "rimeVoiceSettings", #"{"type":"rime","voice_speed":1.0}"#)
    check(
        SpeakRequest.VoiceSettingsUnion.self, "resembleVoiceSettings",
        #"{"type":"resemble","format":"mp3","precision":"PCM_32","sample_rate":"8000"}"#)
    check(SpeakRequest.VoiceSettingsUnion.self, "inworldVoiceSettings", #"{"type":"inworld","delivery_mode":"STABLE"}"#)
    check(SpeakRequest.VoiceSettingsUnion.self, "xAIVoiceSettings", #"{"type":"xai","language":"auto"}"#)
    check(SpeechToTextResource.RetrieveTranscriptionParameters.Model.self, "azureModels", #""fast""#)
    check(SpeechToTextResource.RetrieveTranscriptionParameters.Model.self, "deepgramModels", #""deepgram/nova-2""#)
    check(SpeechToTextResource.RetrieveTranscriptionParameters.Model.self, "googleModels", #""latest_long""#)
    check(SpeechToTextResource.RetrieveTranscriptionParameters.Model.self, "telnyxModels", #""openai/whisper-tiny""#)
    check(SpeechToTextResource.RetrieveTranscriptionParameters.Model.self, "xaiModels", #""xai/grok-stt""#)
    check(
        SpeechToTextResource.RetrieveTranscriptionParameters.Model.self, "speechmaticsModels",
        #""speechmatics/standard""#)
    check(SpeechToTextResource.RetrieveTranscriptionParameters.Model.self, "sonioxModels", #""soniox/stt-rt-v4""#)
    check(SpeechToTextResource.RetrieveTranscriptionParameters.Model.self, "parakeetModels", #""nvidia/parakeet-v3""#)
    check(
        SttServerEvent.self, "transcriptFrame",
        #"{"type":"transcript","confidence":1.5,"is_final":true,"transcript":"string"}"#)
    check(SttServerEvent.self, "sttErrorFrame", #"{"type":"error","error":"string"}"#)
    check(
        SummaryLine.self, "comparativeLine",
        #"{"type":"comparative","alias":"local","existing_this_month":{"mrc":"25.50","otc":"5.00","quantity":10},"name":"Local DIDs","new_this_month":{"mrc":"25.50","otc":"5.00","quantity":10}}"#
    )
    check(
        SummaryLine.self, "simpleLine",
        #"{"type":"simple","alias":"port_out","amount":"15.75","name":"Port Out","quantity":100}"#)
    check(
        TranscriptionEngineDeepgramConfig.self, "deepgramNova2Config",
        #"{"hints":["Telnyx","LiveKit","VoIP"],"keywords_boosting":{"krieger":1,"snuffleupagus":5,"systrom":2},"language":"en","smart_format":false,"transcription_engine":"Deepgram","transcription_model":"deepgram/nova-2"}"#
    )
    check(
        TranscriptionEngineDeepgramConfig.self, "deepgramNova3Config",
        #"{"keyterms":["Telnyx","LiveKit","VoIP"],"keywords_boosting":{"krieger":1,"snuffleupagus":5,"systrom":2},"language":"en","smart_format":false,"transcription_engine":"Deepgram","transcription_model":"deepgram/nova-3"}"#
    )
    check(
        TranscriptionStartRequest.TranscriptionEngineConfig.self, "transcriptionEngineGoogleConfig",
        #"{"transcription_engine":"Google","enable_speaker_diarization":true,"hints":[],"interim_results":true,"language":"en","max_speaker_count":4,"min_speaker_count":4,"model":"latest_long","profanity_filter":true,"speech_context":[{"boost":1.0,"phrases":[]}],"use_enhanced":true}"#
    )
    check(
        TranscriptionStartRequest.TranscriptionEngineConfig.self, "transcriptionEngineTelnyxConfig",
        #"{"transcription_engine":"Telnyx","language":"en","transcription_model":"openai/whisper-tiny"}"#)
    check(
        TranscriptionStartRequest.TranscriptionEngineConfig.self, "transcriptionEngineDeepgramConfig",
        #"{"transcription_engine":"Deepgram","transcription_model":"deepgram/nova-2","hints":["Telnyx","LiveKit","VoIP"],"interim_results":true,"keywords_boosting":{"krieger":1,"snuffleupagus":5,"systrom":2},"language":"en","smart_format":false,"utterance_end_ms":800}"#
    )
    check(
        TranscriptionStartRequest.TranscriptionEngineConfig.self, "transcriptionEngineAzureConfig",
        #"{"transcription_engine":"Azure","api_key_ref":"string","language":"en","region":"eastus"}"#)
    check(
        TranscriptionStartRequest.TranscriptionEngineConfig.self, "transcriptionEngineXaiConfig",
        #"{"transcription_engine":"xAI","interim_results":true,"language":"en","transcription_model":"xai/grok-stt"}"#)
    check(
        TranscriptionStartRequest.TranscriptionEngineConfig.self, "transcriptionEngineAssemblyaiConfig",
        #"{"transcription_engine":"AssemblyAI","interim_results":true,"transcription_model":"assemblyai/universal-streaming"}"#
    )
    check(
        TranscriptionStartRequest.TranscriptionEngineConfig.self, "transcriptionEngineSpeechmaticsConfig",
        #"{"transcription_engine":"Speechmatics","interim_results":true,"language":"en","transcription_model":"speechmatics/standard"}"#
    )
    check(
        TranscriptionStartRequest.TranscriptionEngineConfig.self, "transcriptionEngineSonioxConfig",
        #"{"transcription_engine":"Soniox","enable_endpoint_detection":false,"interim_results":true,"language":"auto","max_endpoint_delay_ms":1000,"transcription_model":"soniox/stt-rt-v4"}"#
    )
    check(
        TranscriptionStartRequest.TranscriptionEngineConfig.self, "transcriptionEngineParakeetConfig",
        #"{"transcription_engine":"Parakeet","interim_results":true,"transcription_model":"nvidia/parakeet-v3"}"#)
    check(
        TranscriptionStartRequest.TranscriptionEngineConfig.self, "transcriptionEngineAConfig",
        #"{"transcription_engine":"A","enable_speaker_diarization":true,"hints":["Telnyx"],"interim_results":true,"language":"en","max_speaker_count":4,"min_speaker_count":4,"model":"latest_long","profanity_filter":true,"speech_context":[{"boost":1.0,"phrases":["Telnyx"]}],"use_enhanced":true}"#
    )
    check(
        TranscriptionStartRequest.TranscriptionEngineConfig.self, "transcriptionEngineBConfig",
        #"{"transcription_engine":"B","language":"en","transcription_model":"openai/whisper-tiny"}"#)
    check(
        TtsServerEvent.self, "audioChunkFrame",
        #"{"type":"audio_chunk","audio":"string","cached":true,"isFinal":true,"text":"string","timeToFirstAudioFrameMs":1}"#
    )
    check(
        TtsServerEvent.self, "finalFrame",
        #"{"type":"final","audio":null,"isFinal":true,"text":"string","timeToFirstAudioFrameMs":1}"#)
    check(TtsServerEvent.self, "errorFrame", #"{"type":"error","error":"string"}"#)
    check(ValidationError.LocItem.self, "string", #""string""#)
    check(ValidationError.LocItem.self, "int", #"1"#)
    check(VirtualCrossConnectsCoverageResource.ListParameters.FiltersAvailableBandwidth.self, "int", #"1"#)
    check(
        VirtualCrossConnectsCoverageResource.ListParameters.FiltersAvailableBandwidth.self, "variant2",
        #"{"contains":1}"#)
    check(
        VoiceCloneRequest.self, "telnyxDesignClone",
        #"{"gender":"male","language":"en","name":"clone-narrator","provider":"telnyx","voice_design_id":"550e8400-e29b-41d4-a716-446655440000"}"#
    )
    check(
        VoiceCloneRequest.self, "minimaxDesignClone",
        #"{"gender":"male","language":"en","name":"clone-narrator","provider":"minimax","voice_design_id":"550e8400-e29b-41d4-a716-446655440000"}"#
    )
    check(
        VoiceCloneUploadRequest.self, "telnyxQwen3TTSClone",
        #"{"audio_file":"","gender":"male","label":"string","language":"string","model_id":"Qwen3TTS","name":"string","provider":"telnyx","ref_text":"string"}"#
    )
    check(
        VoiceCloneUploadRequest.self, "telnyxUltraClone",
        #"{"audio_file":"","gender":"male","label":"string","language":"string","model_id":"Ultra","name":"string","provider":"telnyx","ref_text":"string"}"#
    )
    check(
        VoiceCloneUploadRequest.self, "minimaxClone",
        #"{"audio_file":"","gender":"male","label":"string","language":"string","model_id":"speech-2.8-turbo","name":"string","provider":"minimax","ref_text":"string"}"#
    )
    check(
        VoiceSdkCallReportLogs.self, "voiceSdkCallReportLogEntryArray",
        #"[{"context":{},"level":"debug","message":"string","timestamp":"2026-01-15T10:30:00Z"}]"#)
    check(
        VoiceSdkCallReportLogs.self, "variant2",
        #"{"entries":[{"context":{},"level":"debug","message":"string","timestamp":"2026-01-15T10:30:00Z"}]}"#)
    check(VoiceSdkCallReportStats.self, "jsonArray", #"[{}]"#)
    check(VoiceSdkCallReportStats.self, "variant2", #"{"audio":{},"connection":{},"ice":{},"transport":{}}"#)
    check(
        VoiceSettings.BackgroundAudio.self, "variant1", #"{"type":"predefined_media","value":"silence","volume":1.0}"#)
    check(
        VoiceSettings.BackgroundAudio.self, "variant2", #"{"type":"media_url","value":"https://example.com/webhooks"}"#)
    check(VoiceSettings.BackgroundAudio.self, "variant3", #"{"type":"media_name","value":"string"}"#)
    check(
        WhatsappCreateTemplateRequest.ComponentsItem.self, "whatsappTemplateHeaderComponent",
        #"{"example":{"header_handle":["string"],"header_text":["string"]},"format":"TEXT","text":"string","type":"HEADER"}"#
    )
    check(
        WhatsappCreateTemplateRequest.ComponentsItem.self, "whatsappTemplateBodyComponent",
        #"{"example":{"body_text":[["string"]]},"text":"string","type":"BODY"}"#)
    check(
        WhatsappCreateTemplateRequest.ComponentsItem.self, "whatsappTemplateFooterComponent",
        #"{"code_expiration_minutes":1,"text":"string","type":"FOOTER"}"#)
    check(
        WhatsappCreateTemplateRequest.ComponentsItem.self, "whatsappTemplateButtonsComponent",
        #"{"buttons":[{"autofill_text":"string","example":["string"],"flow_action":"navigate","flow_id":"string","navigate_screen":"string","otp_type":"COPY_CODE","package_name":"string","phone_number":"string","signature_hash":"string","text":"string","type":"URL","url":"string","zero_tap_terms_accepted":true}],"type":"BUTTONS"}"#
    )
    check(
        WhatsappCreateTemplateRequest.ComponentsItem.self, "whatsappTemplateCarouselComponent",
        #"{"cards":[{"components":[{}]}],"type":"CAROUSEL"}"#)
    check(
        WhatsappUpdateTemplateRequest.ComponentsItem.self, "whatsappTemplateHeaderComponent",
        #"{"example":{"header_handle":["string"],"header_text":["string"]},"format":"TEXT","text":"string","type":"HEADER"}"#
    )
    check(
        WhatsappUpdateTemplateRequest.ComponentsItem.self, "whatsappTemplateBodyComponent",
        #"{"example":{"body_text":[["string"]]},"text":"string","type":"BODY"}"#)
    check(
        WhatsappUpdateTemplateRequest.ComponentsItem.self, "whatsappTemplateFooterComponent",
        #"{"code_expiration_minutes":1,"text":"string","type":"FOOTER"}"#)
    check(
        WhatsappUpdateTemplateRequest.ComponentsItem.self, "whatsappTemplateButtonsComponent",
        #"{"buttons":[{"autofill_text":"string","example":["string"],"flow_action":"navigate","flow_id":"string","navigate_screen":"string","otp_type":"COPY_CODE","package_name":"string","phone_number":"string","signature_hash":"string","text":"string","type":"URL","url":"string","zero_tap_terms_accepted":true}],"type":"BUTTONS"}"#
    )
    check(
        WhatsappUpdateTemplateRequest.ComponentsItem.self, "whatsappTemplateCarouselComponent",
        #"{"cards":[{"components":[{}]}],"type":"CAROUSEL"}"#)
    check(WirelessBlocklist.ValuesItem.self, "countryCode", #""US""#)
    check(
        WirelessBlocklistValuesResource.ListResponse.DataUnion.self, "countryArray",
        #"[{"code":"US","name":"United States of America"}]"#)
    check(WirelessBlocklistsResource.CreateBody.ValuesItem.self, "countryCode", #""US""#)
    check(WirelessBlocklistsResource.UpdateBody.ValuesItem.self, "countryCode", #""US""#)
    checked += 1
    let response = try? MessagesResource.RetrieveResponse(
        json: TelnyxJSON.parse(
            #"{"data":{"cc":[],"completed_at":null,"cost":{"amount":"0.0051","currency":"USD"},"cost_breakdown":{"carrier_fee":{"amount":"0.00305","currency":"USD"},"rate":{"amount":"0.00205","currency":"USD"}},"direction":"inbound","encoding":"GSM-7","errors":[],"from":{"carrier":"T-MOBILE USA, INC.","line_type":"Wireless","phone_number":"+18665550001","status":"delivered"},"id":"7ee4241c-f127-47e5-9c34-3aac291f8058","media":[],"messaging_profile_id":"0f512bda-ae1e-4597-8e11-e5f5686b97d3","num_chars":13,"organization_id":"b448f9cc-a842-4784-98e9-03c1a5872950","parts":1,"received_at":"2019-01-23T18:10:02.574Z","record_type":"message","sent_at":null,"subject":"From Telnyx!","tags":["Greetings"],"tcr_campaign_billable":true,"tcr_campaign_id":"TCPA3X7","tcr_campaign_registered":"REGISTERED","text":"Hello, World!","to":[{"carrier":"TELNYX LLC","line_type":"VoIP","phone_number":"+18445550001","status":"delivered"}],"type":"SMS","valid_until":null,"webhook_failover_url":"https://backup.example.com/hooks","webhook_url":"https://www.example.com/hooks"}}"#
        ))
    if case .inboundMessagePayload? = response?.data {
    } else {
        wrong.append("messages.retrieve: the spec's inbound message is \(String(describing: response?.data))")
    }
}

let rounds = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 1
for _ in 0..<rounds {
    checked = 0
    wrong = []
    checkAll()
}
print("unions: \(checked) checked, \(wrong.count) wrong")
for line in wrong { print(line) }
