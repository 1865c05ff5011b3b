#include "net/endpointconfig.h"

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace planbridge::net {
namespace {

using Json = nlohmann::json;

struct ConfigError
{
    std::string message;
};

std::string text(const Json &object, const char *key, const std::string &where)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return {};
    if (!it->is_string())
        throw ConfigError {where + "." + key + " must be a string"};
    return it->get<std::string>();
}

// A secret from `<key>_env` or `<key>_file`; a literal `<key>` is refused so it cannot leak with
// the file (backups, screenshots, support tickets).
std::string secret(const Json &object, const std::string &key, const std::string &where, bool required)
{
    if (object.contains(key))
        throw ConfigError {where + "." + key + " must not hold a secret: use " + key + "_env or " + key + "_file"};
    const std::string variable = text(object, (key + "_env").c_str(), where);
    const std::string file = text(object, (key + "_file").c_str(), where);
    if (!variable.empty()) {
        const char *value = std::getenv(variable.c_str());
        if (!value || !*value)
            throw ConfigError {where + "." + key + "_env names " + variable + ", which is not set"};
        return value;
    }
    if (!file.empty()) {
        struct stat st {};
        if (::stat(file.c_str(), &st) != 0)
            throw ConfigError {where + "." + key + "_file " + file + " cannot be read"};
        if ((st.st_mode & 077) != 0)
            throw ConfigError {where + "." + key + "_file " + file + " is readable by others: chmod 600 it"};
        if (st.st_uid != ::geteuid())
            throw ConfigError {where + "." + key + "_file " + file + " belongs to another user"};
        std::ifstream in(file, std::ios::binary);
        std::stringstream content;
        content << in.rdbuf();
        std::string value = content.str();
        while (!value.empty() && (value.back() == '\n' || value.back() == '\r'))
            value.pop_back();
        return value;
    }
    if (required)
        throw ConfigError {where + " needs " + key + "_env or " + key + "_file"};
    return {};
}

std::chrono::milliseconds millis(const Json &object, const char *key, std::chrono::milliseconds fallback,
                                 const std::string &where)
{
    const auto it = object.find(key);
    if (it == object.end())
        return fallback;
    if (!it->is_number_unsigned())
        throw ConfigError {where + "." + key + " must be a whole number of milliseconds"};
    return std::chrono::milliseconds(it->get<std::uint64_t>());
}

void readAuth(const Json &auth, HttpClientConfig &http, const std::string &where)
{
    const std::string kind = text(auth, "kind", where);
    if (kind.empty() || kind == "none") {
        http.authKind = AuthKind::None;
    } else if (kind == "basic") {
        http.authKind = AuthKind::Basic;
        http.basic.user = text(auth, "user", where);
        if (http.basic.user.empty())
            throw ConfigError {where + ".user is required for basic auth"};
        http.basic.password = secret(auth, "password", where, true);
    } else if (kind == "oauth2") {
        http.authKind = AuthKind::OAuth2ClientCredentials;
        http.oauth2.tokenUrl = text(auth, "token_url", where);
        http.oauth2.clientId = text(auth, "client_id", where);
        http.oauth2.scope = text(auth, "scope", where);
        if (http.oauth2.tokenUrl.empty() || http.oauth2.clientId.empty())
            throw ConfigError {where + " needs token_url and client_id for oauth2"};
        http.oauth2.clientSecret = secret(auth, "client_secret", where, true);
        if (const auto it = auth.find("credentials_in_body"); it != auth.end() && it->is_boolean())
            http.oauth2.credentialsInBody = it->get<bool>();
    } else {
        throw ConfigError {where + ".kind must be none, basic or oauth2"};
    }
}

EndpointSettings readEndpoint(const Json &root, const std::string &name)
{
    if (!root.is_object())
        throw ConfigError {"the connections file must be a JSON object"};
    const auto it = root.find(name);
    if (it == root.end() || !it->is_object())
        throw ConfigError {"no endpoint \"" + name + "\" in the connections file"};
    const Json &e = *it;
    EndpointSettings settings;
    settings.name = name;
    HttpClientConfig &http = settings.http;
    http.baseUrl = text(e, "url", name);
    if (http.baseUrl.empty())
        throw ConfigError {name + ".url is required"};
    http.proxyUrl = text(e, "proxy", name);
    if (const auto auth = e.find("auth"); auth != e.end()) {
        if (!auth->is_object())
            throw ConfigError {name + ".auth must be an object"};
        readAuth(*auth, http, name + ".auth");
    }
    if (const auto tls = e.find("tls"); tls != e.end()) {
        if (!tls->is_object())
            throw ConfigError {name + ".tls must be an object"};
        const std::string where = name + ".tls";
        if (const auto verify = tls->find("verify"); verify != tls->end()) {
            if (!verify->is_boolean())
                throw ConfigError {where + ".verify must be true or false"};
            http.verifyPeer = http.verifyHost = verify->get<bool>();
        }
        http.caFile = text(*tls, "ca_file", where);
        http.caDir = text(*tls, "ca_dir", where);
        http.clientCertFile = text(*tls, "client_cert", where);
        http.clientKeyFile = text(*tls, "client_key", where);
        http.clientKeyPassword = secret(*tls, "client_key_password", where, false);
    }
    if (const auto timeouts = e.find("timeouts"); timeouts != e.end() && timeouts->is_object()) {
        http.connectTimeout = millis(*timeouts, "connect_ms", http.connectTimeout, name + ".timeouts");
        http.totalTimeout = millis(*timeouts, "total_ms", http.totalTimeout, name + ".timeouts");
    }
    if (const auto options = e.find("options"); options != e.end()) {
        if (!options->is_object())
            throw ConfigError {name + ".options must be an object"};
        for (const auto &[key, value] : options->items()) {
            if (!value.is_string() && !value.is_number())
                throw ConfigError {name + ".options." + key + " must be a string or a number"};
            settings.options[key] = value.is_string() ? value.get<std::string>() : value.dump();
        }
    }
    return settings;
}

} // namespace

Expected<EndpointSettings> loadEndpointSettings(const std::string &path, const std::string &name)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return EngineError {"cannot read the connections file " + path};
    std::stringstream content;
    content << in.rdbuf();
    try {
        return readEndpoint(Json::parse(content.str()), name);
    } catch (const ConfigError &e) {
        return EngineError {path + ": " + e.message};
    } catch (const Json::exception &e) {
        return EngineError {path + ": not valid JSON (" + std::string(e.what()) + ")"};
    }
}

std::string defaultConnectionsPath()
{
    if (const char *xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg)
        return std::string(xdg) + "/planbridge/connections.json";
    const char *home = std::getenv("HOME");
    return std::string(home ? home : ".") + "/.config/planbridge/connections.json";
}

} // namespace planbridge::net
