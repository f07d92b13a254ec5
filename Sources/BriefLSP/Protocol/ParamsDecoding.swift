/// Typed access to request parameters: a missing member or a member of the wrong type
/// becomes -32602 with a message naming the member.
extension JSONValue {
    func member(_ key: String) throws(RPCError) -> JSONValue {
        guard isObject else { throw .invalidParams("expected an object holding '\(key)'") }
        guard let value = self[key] else { throw .invalidParams("missing '\(key)'") }
        return value
    }

    func string(_ key: String) throws(RPCError) -> String {
        guard let value = try member(key).stringValue else { throw .invalidParams("'\(key)' must be a string") }
        return value
    }

    func int(_ key: String) throws(RPCError) -> Int {
        guard let value = try member(key).intValue else { throw .invalidParams("'\(key)' must be an integer") }
        return value
    }

    func object(_ key: String) throws(RPCError) -> JSONValue {
        let value = try member(key)
        guard value.isObject else { throw .invalidParams("'\(key)' must be an object") }
        return value
    }

    func array(_ key: String) throws(RPCError) -> [JSONValue] {
        guard let value = try member(key).arrayValue else { throw .invalidParams("'\(key)' must be an array") }
        return value
    }

    /// The member when present and not null.
    func optional(_ key: String) -> JSONValue? {
        guard let value = self[key], !value.isNull else { return nil }
        return value
    }
}
