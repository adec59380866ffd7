//! `GET /v1/openapi.json`: the OpenAPI 3.1 description of the service,
//! written by hand in `openapi.json` beside this file and checked by the
//! end-to-end tests against the service's real answers.

/// The document, as served.
pub const DOCUMENT: &str = include_str!("openapi.json");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_is_json_of_openapi_3_1_with_every_route() {
        let doc: serde_json::Value = serde_json::from_str(DOCUMENT).unwrap();
        assert_eq!(doc["openapi"], "3.1.0");
        for path in [
            "/v1/render",
            "/v1/check",
            "/v1/extract",
            "/v1/catalog",
            "/v1/schema",
            "/v1/openapi.json",
            "/healthz",
            "/metrics",
            "/v1/starter",
            "/v1/model",
            "/v1/examples/{name}",
            "/",
        ] {
            assert!(doc["paths"][path].is_object(), "{path}");
        }
    }
}
