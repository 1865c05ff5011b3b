#pragma once

#include <chrono>
#include <string>

namespace planbridge::net {

struct BasicAuth
{
    std::string user;
    std::string password;
};

// OAuth 2.0 client-credentials grant (RFC 6749 §4.4), as SAP BTP / S/4HANA Cloud use it.
struct OAuth2ClientCredentials
{
    std::string tokenUrl;
    std::string clientId;
    std::string clientSecret;
    std::string scope; // optional, space-separated
    // RFC 6749 §2.3.1: servers must accept HTTP Basic; some only accept the form fields.
    bool credentialsInBody = false;
    // The cached token is dropped this long before its expires_in, so it never expires in flight.
    std::chrono::seconds expirySkew { 60 };
};

enum class AuthKind { None, Basic, OAuth2ClientCredentials };

// Everything a connection to one endpoint needs. Secure by default: TLS peer and host are verified.
struct HttpClientConfig
{
    std::string baseUrl; // prefixed to request URLs that do not start with a scheme
    std::chrono::milliseconds connectTimeout { 10'000 };
    std::chrono::milliseconds totalTimeout { 60'000 }; // whole exchange, 0 = none

    bool verifyPeer = true;
    bool verifyHost = true;
    std::string caFile; // PEM bundle; empty = the system store
    std::string caDir;
    std::string clientCertFile; // PEM, for mutual TLS
    std::string clientKeyFile;
    std::string clientKeyPassword;

    std::string proxyUrl; // empty = libcurl's default (the *_proxy environment variables)
    std::string userAgent = "PlanBridge/0.1";

    AuthKind authKind = AuthKind::None;
    BasicAuth basic;
    OAuth2ClientCredentials oauth2;
};

} // namespace planbridge::net
