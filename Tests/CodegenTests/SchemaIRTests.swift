import CodegenIR
import Testing

@Suite("IR: references")
struct ReferenceTests {
    @Test func schemaReferencesStayNamed() throws {
        let built = try Fixture.build("ir/refs.yaml")
        #expect(built.issues.isEmpty, "\(built.issues)")
        #expect(try built.property("NodeEnvelope", "data").type == .reference("Node"))
        #expect(try built.property("Errors", "errors").type == .array(.reference("Error")))
        #expect(try built.schema("Alias").type == .reference("Error"))
    }

    @Test func recursiveSchemaIsAReference() throws {
        let built = try Fixture.build("ir/refs.yaml")
        let node = try built.object("Node")
        #expect(node.properties.map(\.name) == ["name", "parent", "children"])
        #expect(node.property("parent")?.type == .reference("Node"))
        #expect(node.property("children")?.type == .array(.reference("Node")))
        #expect(node.property("name")?.required == true)
        #expect(node.property("parent")?.required == false)
    }

    @Test func parameterRequestBodyResponseAndHeaderReferences() throws {
        let built = try Fixture.build("ir/refs.yaml")
        let operation = try built.operation("patch", "/nodes/{id}")
        #expect(operation.parameters.count == 1)
        let id = try #require(operation.parameter("id"))
        #expect(id.location == .path)
        #expect(id.required)
        #expect(id.type == .primitive(.string, format: "uuid"))

        let body = try #require(operation.requestBody)
        #expect(body.required)
        #expect(body.description == "The node to store.")
        #expect(
            body.contents == [
                MediaContent(contentType: "application/json", kind: .json, schema: .reference("Node"))
            ])

        #expect(operation.responses.map(\.status) == ["200", "404"])
        let ok = operation.responses[0]
        #expect(ok.description == "The stored node.")
        #expect(ok.headers == ["X-Request-Id"])
        #expect(ok.contents.first?.schema == .reference("NodeEnvelope"))
        #expect(operation.responses[1].contents.first?.schema == .reference("Errors"))
    }
}

@Suite("IR: nullability")
struct NullabilityTests {
    @Test func bothSpellingsOfNullable() throws {
        let built = try Fixture.build("ir/nullability.yaml")
        #expect(built.issues.isEmpty, "\(built.issues)")
        let rotated = try built.property("Profile", "rotated_at")
        #expect(rotated.nullable)
        #expect(rotated.type == .primitive(.string, format: "date-time"))
        let profileID = try built.property("Profile", "messaging_profile_id")
        #expect(profileID.nullable)
        #expect(profileID.type == .primitive(.string, format: nil))
        let plain = try built.property("Profile", "plain")
        #expect(!plain.nullable)
        #expect(plain.type == .primitive(.string, format: nil))
    }

    @Test func nullVariantsAndNullOnly() throws {
        let built = try Fixture.build("ir/nullability.yaml")
        let nullOnly = try built.property("Profile", "null_only")
        #expect(nullOnly.type == .null)
        #expect(nullOnly.nullable)
        let viaOneOf = try built.property("Profile", "via_one_of")
        #expect(viaOneOf.type == .reference("Address"))
        #expect(viaOneOf.nullable)
        let refNullable = try built.property("Profile", "ref_nullable")
        #expect(refNullable.type == .reference("Address"))
        #expect(refNullable.nullable)
        let multi = try built.property("Profile", "multi")
        #expect(multi.nullable)
        #expect(
            multi.type
                == .union(
                    UnionShape(
                        kind: .anyOf,
                        variants: [.primitive(.string, format: nil), .primitive(.integer, format: nil)],
                        discriminator: nil)))
    }

    @Test func namedSchemaNullability() throws {
        let built = try Fixture.build("ir/nullability.yaml")
        #expect(try built.schema("NullableName").nullable)
        #expect(try !built.schema("Address").nullable)
    }
}

@Suite("IR: composition")
struct CompositionTests {
    @Test func allOfMergesPropertiesAndRequired() throws {
        let built = try Fixture.build("ir/composition.yaml")
        #expect(built.issues.isEmpty, "\(built.issues)")
        let extended = try built.object("Extended")
        #expect(extended.properties.map(\.name) == ["id", "record_type", "name", "extra"])
        #expect(extended.requiredProperties.map(\.name) == ["id", "name", "extra"])
        // The later part's `id` replaces the base's, keeping `required` from either.
        #expect(extended.property("id")?.type == .primitive(.string, format: "uuid"))
        #expect(extended.property("extra")?.type == .primitive(.integer, format: nil))
    }

    @Test func loneAllOfReferenceStaysAReference() throws {
        let built = try Fixture.build("ir/composition.yaml")
        let wrapped = try built.schema("Wrapped")
        #expect(wrapped.type == .reference("Base"))
        #expect(wrapped.description == "A lone allOf reference stays a reference.")
    }

    @Test func oneOfWithDiscriminatorMapping() throws {
        let built = try Fixture.build("ir/composition.yaml")
        let union = try #require(try built.schema("Pet").type.unionShape)
        #expect(union.kind == .oneOf)
        #expect(union.variants == [.reference("Cat"), .reference("Dog")])
        let discriminator = try #require(union.discriminator)
        #expect(discriminator.propertyName == "pet_type")
        #expect(
            discriminator.mapping == [
                Discriminator.Mapping(value: "cat", schema: "Cat"),
                Discriminator.Mapping(value: "dog", schema: "Dog"),
            ])
    }

    @Test func discriminatorWithoutMapping() throws {
        let built = try Fixture.build("ir/composition.yaml")
        let union = try #require(try built.schema("PetNoMapping").type.unionShape)
        #expect(union.discriminator == Discriminator(propertyName: "pet_type", mapping: []))
    }

    @Test func unionsWithoutDiscriminator() throws {
        let built = try Fixture.build("ir/composition.yaml")
        let anyOf = try #require(try built.schema("StringOrNumber").type.unionShape)
        #expect(anyOf.kind == .anyOf)
        #expect(anyOf.variants == [.primitive(.string, format: nil), .primitive(.number, format: nil)])
        #expect(anyOf.discriminator == nil)
        let oneOf = try #require(try built.schema("ItemsOrFree").type.unionShape)
        #expect(oneOf.kind == .oneOf)
        #expect(oneOf.variants == [.array(.json), .primitive(.string, format: nil)])
    }

    @Test func constBecomesASingleValueEnum() throws {
        let built = try Fixture.build("ir/composition.yaml")
        let constant = try built.object("Constant")
        #expect(
            constant.property("record_type")?.type
                == .enumeration(EnumShape(kind: .string, values: [.string("message")], includesNull: false))
        )
        #expect(
            constant.property("version")?.type
                == .enumeration(EnumShape(kind: .integer, values: [.integer(2)], includesNull: false)))
        #expect(constant.property("nothing")?.type == .null)
        #expect(constant.property("nothing")?.nullable == true)
    }
}

@Suite("IR: enums")
struct EnumTests {
    private func enumOf(_ name: String) throws -> (EnumShape, Schema) {
        let built = try Fixture.build("ir/enums.yaml")
        let schema = try built.schema(name)
        return (try #require(schema.type.enumShape, "\(name) is \(schema.type)"), schema)
    }

    @Test func quotedVersionsAreStrings() throws {
        let (shape, _) = try enumOf("WebhookApiVersion")
        #expect(shape.kind == .string)
        #expect(shape.values == [.string("1"), .string("2"), .string("2010-04-01")])
    }

    @Test func untypedVersionsAreMixed() throws {
        let (shape, _) = try enumOf("MixedVersion")
        #expect(shape.kind == .mixed)
        #expect(shape.values == [.integer(1), .integer(2), .string("2010-04-01")])
        #expect(shape.values.map(\.text) == ["1", "2", "2010-04-01"])
    }

    @Test func phoneNumberTypeKeepsEveryValueInOrder() throws {
        let (shape, _) = try enumOf("PhoneNumberType")
        #expect(shape.kind == .string)
        #expect(
            shape.values.map(\.text) == [
                "long-code", "toll-free", "short-code", "longcode", "tollfree", "shortcode",
            ])
        #expect(!shape.includesNull)
    }

    @Test func integerBooleanAndNumberEnums() throws {
        #expect(
            try enumOf("Priority").0
                == EnumShape(
                    kind: .integer, values: [.integer(1), .integer(2), .integer(3)], includesNull: false))
        #expect(
            try enumOf("Flag").0
                == EnumShape(
                    kind: .boolean, values: [.boolean(true), .boolean(false)], includesNull: false))
        #expect(
            try enumOf("Ratio").0
                == EnumShape(
                    kind: .number, values: [.number(0.5), .integer(1), .number(1.5)], includesNull: false))
    }

    @Test func enumListingNull() throws {
        let (shape, schema) = try enumOf("NullableChannel")
        #expect(
            shape
                == EnumShape(kind: .string, values: [.string("sms"), .string("mms")], includesNull: true))
        #expect(schema.nullable)
    }

    @Test func typedEnumsListingNullWarn() throws {
        let built = try Fixture.build("ir/enums.yaml")
        let schema = try built.schema("IntegerWithNull")
        #expect(
            schema.type
                == .enumeration(
                    EnumShape(kind: .integer, values: [.integer(0), .integer(1)], includesNull: true)))
        #expect(schema.nullable)
        let keyLength = try built.schema("KeyLength")
        #expect(
            keyLength.type
                == .enumeration(EnumShape(kind: .integer, values: [.integer(2048)], includesNull: true)))
        #expect(keyLength.nullable)
        // NullableChannel's type lists null and UntypedWithNull has no type: neither warns.
        #expect(
            built.issues.map(\.description) == [
                "ir/enums.yaml:24:13: warning: enum lists null but its type does not allow null; treating it as nullable",
                "ir/enums.yaml:34:13: warning: enum lists null but its type does not allow null; relies on OpenAPI 3.0 'nullable: true'",
            ])
    }

    @Test func untypedEnumListingNull() throws {
        let built = try Fixture.build("ir/enums.yaml")
        let schema = try built.schema("UntypedWithNull")
        #expect(
            schema.type
                == .enumeration(EnumShape(kind: .string, values: [.string("a")], includesNull: true)))
        #expect(schema.nullable)
    }
}

@Suite("IR: objects and formats")
struct ObjectTests {
    @Test func additionalPropertiesMaps() throws {
        let built = try Fixture.build("ir/objects.yaml")
        #expect(built.issues.isEmpty, "\(built.issues)")
        #expect(try built.schema("Tags").type == .map(.primitive(.string, format: nil)))
        #expect(try built.property("Record", "limits").type == .map(.primitive(.integer, format: nil)))
        let attributes = try #require(try built.property("Record", "attributes").type.objectShape)
        #expect(attributes.properties.map(\.name) == ["color"])
        #expect(attributes.additionalProperties == .primitive(.string, format: nil))
    }

    @Test func freeFormObjects() throws {
        let built = try Fixture.build("ir/objects.yaml")
        #expect(try built.schema("Metadata").type == .json)
        #expect(try built.schema("FreeForm").type == .json)
        #expect(try built.schema("Untyped").type == .json)
        #expect(try built.schema("Untyped").description == "No type at all.")
    }

    @Test func readOnlyWriteOnlyDeprecated() throws {
        let built = try Fixture.build("ir/objects.yaml")
        let id = try built.property("Record", "id")
        #expect(id.readOnly && !id.writeOnly && id.required)
        let password = try built.property("Record", "password")
        #expect(password.writeOnly && !password.readOnly && !password.required)
        #expect(try built.property("Record", "old_field").deprecated)
        #expect(try !built.property("Record", "name").deprecated)
    }

    @Test(
        arguments: [
            ("id", Primitive.string, "uuid"), ("created_at", .string, "date-time"),
            ("birthday", .string, "date"),
            ("alarm", .string, "time"), ("homepage", .string, "uri"), ("callback", .string, "url"),
            ("email", .string, "email"), ("count", .integer, "int32"), ("total", .integer, "int64"),
            ("ratio", .number, "float"), ("file", .string, "binary"), ("blob", .string, "byte"),
        ])
    func formats(property: String, primitive: Primitive, format: String) throws {
        let built = try Fixture.build("ir/objects.yaml")
        #expect(try built.property("Record", property).type == .primitive(primitive, format: format))
    }

    @Test func defaultsExamplesAndExtendedFormat() throws {
        let built = try Fixture.build("ir/objects.yaml")
        let enabled = try built.property("Record", "enabled")
        #expect(enabled.defaultValue?.text == "false")
        #expect(enabled.example?.text == "true")
        #expect(enabled.type == .primitive(.boolean, format: nil))
        let name = try built.property("Record", "name")
        #expect(name.defaultValue?.text == "\"Support\"")
        #expect(name.example?.text == "\"My profile\"")
        let numbers = try built.property("Record", "numbers")
        #expect(numbers.example?.text == "[\"+15550001111\"]")
        #expect(numbers.defaultValue == nil)
        #expect(try built.property("Record", "phone").extendedFormat == "+E.164")
    }
}
