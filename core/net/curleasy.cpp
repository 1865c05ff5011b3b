#include "net/curleasy.h"

#include <curl/curl.h>

#include <chrono>
#include <memory>
#include <mutex>

namespace planbridge::net {

namespace {

// curl_global_init is not thread-safe on every build; do it once, before the first handle.
void initCurlOnce()
{
    static std::once_flag flag;
    std::call_once(flag, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// Callbacks run inside C code: an exception must not cross it, so a failure aborts the transfer.
std::size_t appendBody(char *data, std::size_t size, std::size_t count, void *target) noexcept
{
    try {
        static_cast<std::string *>(target)->append(data, size * count);
        return size * count;
    } catch (...) {
        return 0;
    }
}

std::size_t appendHeader(char *data, std::size_t size, std::size_t count, void *target) noexcept
{
    try {
        auto *headers = static_cast<HttpHeaders *>(target);
        std::string_view line(data, size * count);
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
            line.remove_suffix(1);
        if (line.starts_with("HTTP/")) {
            headers->clear(); // a new response begins (after 100 Continue or a proxy CONNECT)
        } else if (const auto colon = line.find(':'); colon != std::string_view::npos) {
            std::string_view value = line.substr(colon + 1);
            while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
                value.remove_prefix(1);
            while (!value.empty() && (value.back() == ' ' || value.back() == '\t'))
                value.remove_suffix(1);
            headers->add(std::string(line.substr(0, colon)), std::string(value));
        }
        return size * count;
    } catch (...) {
        return 0;
    }
}

SendFailure classify(CURLcode code)
{
    switch (code) {
    case CURLE_OK:
        return SendFailure::None;
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return SendFailure::Connect;
    case CURLE_OPERATION_TIMEDOUT:
        return SendFailure::Timeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CLIENTCERT:
    case CURLE_USE_SSL_FAILED:
        return SendFailure::Tls;
    default:
        return SendFailure::Usage;
    }
}

using HeaderList = std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)>;

// curl_easy_setopt for a run of options, remembering the first failure.
class OptionSetter
{
public:
    explicit OptionSetter(CURL *curl)
        : m_curl(curl)
    {
    }
    template<typename T>
    void operator()(CURLoption option, T value)
    {
        const CURLcode code = curl_easy_setopt(m_curl, option, value);
        if (m_error == CURLE_OK)
            m_error = code;
    }
    CURLcode error() const { return m_error; }

private:
    CURL *m_curl;
    CURLcode m_error = CURLE_OK;
};

constexpr char *NoString = nullptr;

} // namespace

// What one exchange owns while libcurl points at it.
struct CurlEasy::Exchange
{
    Result result;
    HeaderList headers { nullptr, &curl_slist_free_all };
    char errorBuffer[CURL_ERROR_SIZE] = {};
    std::chrono::steady_clock::time_point started;
    bool ready = false; // false: finish() reports result.failure without asking libcurl
};

CurlEasy::CurlEasy(const HttpClientConfig &config, void *share)
{
    initCurlOnce();
    CURL *curl = curl_easy_init();
    m_handle = curl;
    if (!curl) {
        m_setupError = "libcurl could not create a handle";
        return;
    }
    // Set once: the configuration is fixed per client. (Not curl_easy_reset per request: libcurl
    // 7.88 then loses the cookie-file list and leaks it.) libcurl copies every string.
    OptionSetter set(curl);
    set(CURLOPT_PROTOCOLS_STR, "http,https"); // never file://, ftp:// or friends from a config typo
    set(CURLOPT_NOSIGNAL, 1L); // timeouts without SIGALRM: required with threads
    set(CURLOPT_WRITEFUNCTION, &appendBody);
    set(CURLOPT_HEADERFUNCTION, &appendHeader);
    set(CURLOPT_COOKIEFILE, ""); // the in-memory cookie engine: session cookies (SAP CSRF) persist
    if (share)
        set(CURLOPT_SHARE, static_cast<CURLSH *>(share));
    // gzip only: what SAP gateways use, cheap to decode; brotli at a server's top level costs more
    // CPU than it saves on loopback and LAN links.
    set(CURLOPT_ACCEPT_ENCODING, "gzip");
    set(CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(config.connectTimeout.count()));
    set(CURLOPT_TIMEOUT_MS, static_cast<long>(config.totalTimeout.count()));
    set(CURLOPT_SSL_VERIFYPEER, config.verifyPeer ? 1L : 0L);
    set(CURLOPT_SSL_VERIFYHOST, config.verifyHost ? 2L : 0L);
    if (!config.caFile.empty())
        set(CURLOPT_CAINFO, config.caFile.c_str());
    if (!config.caDir.empty())
        set(CURLOPT_CAPATH, config.caDir.c_str());
    if (!config.clientCertFile.empty())
        set(CURLOPT_SSLCERT, config.clientCertFile.c_str());
    if (!config.clientKeyFile.empty())
        set(CURLOPT_SSLKEY, config.clientKeyFile.c_str());
    if (!config.clientKeyPassword.empty())
        set(CURLOPT_KEYPASSWD, config.clientKeyPassword.c_str());
    if (!config.proxyUrl.empty())
        set(CURLOPT_PROXY, config.proxyUrl.c_str());
    if (!config.userAgent.empty())
        set(CURLOPT_USERAGENT, config.userAgent.c_str());
    if (set.error() != CURLE_OK)
        m_setupError = std::string("libcurl rejected an option: ") + curl_easy_strerror(set.error());
}

CurlEasy::~CurlEasy()
{
    if (m_handle)
        curl_easy_cleanup(static_cast<CURL *>(m_handle));
}

CurlEasy::Result CurlEasy::perform(
    const HttpRequest &request, const std::string &url, const Credentials *basic)
{
    if (!begin(request, url, basic))
        return finish(CURLE_OK);
    return finish(curl_easy_perform(static_cast<CURL *>(m_handle)));
}

bool CurlEasy::begin(const HttpRequest &request, const std::string &url, const Credentials *basic)
{
    m_exchange = std::make_unique<Exchange>();
    Exchange &x = *m_exchange;
    CURL *curl = static_cast<CURL *>(m_handle);
    if (!m_setupError.empty()) {
        x.result.failure = SendFailure::Usage;
        x.result.detail = m_setupError;
        return false;
    }

    // Every per-request option is set on every request, so nothing leaks into the next one.
    OptionSetter set(curl);
    set(CURLOPT_ERRORBUFFER, x.errorBuffer);
    set(CURLOPT_URL, url.c_str());
    set(CURLOPT_WRITEDATA, &x.result.response.body);
    set(CURLOPT_HEADERDATA, &x.result.response.headers);
    set(CURLOPT_HTTPAUTH, static_cast<long>(CURLAUTH_BASIC));
    set(CURLOPT_USERNAME, basic ? basic->user.c_str() : NoString);
    set(CURLOPT_PASSWORD, basic ? basic->password.c_str() : NoString);
    set(CURLOPT_CUSTOMREQUEST, NoString);
    set(CURLOPT_POSTFIELDS, NoString); // (this one switches the method to POST, hence GET after it)
    set(CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(-1));
    set(CURLOPT_HTTPGET, 1L); // back to a plain GET: clears NOBODY, POST and UPLOAD

    switch (request.method) {
    case HttpMethod::Get:
        break;
    case HttpMethod::Head:
        set(CURLOPT_NOBODY, 1L);
        break;
    case HttpMethod::Delete:
        set(CURLOPT_CUSTOMREQUEST, "DELETE");
        if (request.body.empty())
            break;
        [[fallthrough]];
    default:
        if (request.method != HttpMethod::Post)
            set(CURLOPT_CUSTOMREQUEST, methodName(request.method).data());
        set(CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
        set(CURLOPT_POSTFIELDS, request.body.data());
        break;
    }

    auto append = [&x](const std::string &line) {
        if (curl_slist *grown = curl_slist_append(x.headers.get(), line.c_str())) {
            x.headers.release();
            x.headers.reset(grown);
        }
    };
    for (const auto &[name, value] : request.headers.fields())
        append(value.empty() ? name + ";" : name + ": " + value); // "Name;" sends an empty field
    if (!request.headers.contains("Expect"))
        append("Expect:"); // no 100-continue round trip (a 1 s stall with servers that ignore it)
    set(CURLOPT_HTTPHEADER, x.headers.get());

    if (set.error() != CURLE_OK) {
        x.result.failure = SendFailure::Usage;
        x.result.detail = std::string("libcurl rejected an option: ") + curl_easy_strerror(set.error());
        return false;
    }
    x.ready = true;
    x.started = std::chrono::steady_clock::now();
    return true;
}

CurlEasy::Result CurlEasy::finish(int curlCode)
{
    CURL *curl = static_cast<CURL *>(m_handle);
    std::unique_ptr<Exchange> x = std::move(m_exchange);
    // The exchange's buffers die here: unhook them so the handle never points at them.
    if (curl) {
        curl_easy_setopt(curl, CURLOPT_HTTPHEADER, static_cast<curl_slist *>(nullptr));
        curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, NoString);
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, static_cast<void *>(nullptr));
        curl_easy_setopt(curl, CURLOPT_HEADERDATA, static_cast<void *>(nullptr));
    }
    if (!x)
        return { SendFailure::Usage, "no exchange was begun", {} };
    Result result = std::move(x->result);
    if (!x->ready)
        return result;
    result.response.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - x->started);
    const auto code = static_cast<CURLcode>(curlCode);
    if (code != CURLE_OK) {
        result.failure = classify(code);
        result.detail = x->errorBuffer[0] ? x->errorBuffer : curl_easy_strerror(code);
        return result;
    }
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    result.response.status = static_cast<int>(status);
    return result;
}

} // namespace planbridge::net
