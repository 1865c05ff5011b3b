#pragma once

// JSON fixtures of tst_endpointconfig, in a header of their own: moc 6.4 cannot tokenize
// multi-line raw strings, and it never opens a header included under #ifndef Q_MOC_RUN.

namespace {
const char *const BasicFromEnvironment = R"({"erp": {
            "url": "https://erp.example/sap/opu/odata/sap/API_PLND_INDEP_RQMT_SRV",
            "auth": {"kind": "basic", "user": "COMM", "password_env": "PB_TEST_ERP_PASSWORD"},
            "proxy": "http://proxy:3128", "timeouts": {"connect_ms": 2500, "total_ms": 30000},
            "options": {"requirement_type": "VSF", "page_size": 5000}}})";
const char *const OAuth2Head = R"({"planning": {"url": "https://ibp.example",
            "auth": {"kind": "oauth2", "token_url": "https://auth.example/oauth/token", "client_id": "pb",
                     "client_secret_file": ")";
const char *const OAuth2Tail = R"("},
            "tls": {"ca_file": "/etc/ssl/certs/ca-certificates.crt", "client_cert": "c.pem", "client_key": "k.pem"}}})";
const char *const LiteralPassword = R"({"erp": {"url": "https://x", "auth": {"kind": "basic",
            "user": "u", "password": "hunter2"}}})";
const char *const UnsetVariable = R"({"erp": {"url": "https://x", "auth": {"kind": "basic",
            "user": "u", "password_env": "PB_TEST_NOT_SET"}}})";
const char *const NoSecretSource = R"({"erp": {"url": "https://x", "auth": {"kind": "basic",
            "user": "u"}}})";
const char *const UnknownAuthKind = R"({"erp": {"url": "https://x", "auth": {"kind": "kerberos"}}})";
const char *const NoUrl = R"({"erp": {}})";
const char *const OnlyPlanning = R"({"planning": {"url": "https://x"}})";
const char *const VerifyAsText = R"({"erp": {"url": "https://x", "tls": {"verify": "no"}}})";
const char *const PasswordFileHead = R"({"erp": {"url": "https://x", "auth": {"kind": "basic",
            "user": "u", "password_file": ")";
const char *const PasswordFileTail = R"("}}})";
const char *const VerifyOff = R"({"erp": {"url": "https://x", "tls": {"verify": false}}})";
} // namespace
