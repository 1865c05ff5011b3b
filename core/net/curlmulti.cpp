#include "net/curlmulti.h"

#include <curl/curl.h>

#include <deque>
#include <map>
#include <optional>

namespace planbridge::net {

CurlMulti::CurlMulti()
    : m_multi(curl_multi_init())
{
}

CurlMulti::~CurlMulti()
{
    if (m_multi)
        curl_multi_cleanup(static_cast<CURLM *>(m_multi));
}

std::vector<CurlEasy::Result> CurlMulti::performAll(
    const std::vector<CurlEasy *> &handles, const std::vector<CurlJob> &jobs)
{
    std::vector<std::optional<CurlEasy::Result>> results(jobs.size());
    auto *multi = static_cast<CURLM *>(m_multi);
    std::deque<CurlEasy *> idle(handles.begin(), handles.end());
    std::map<CURL *, std::pair<CurlEasy *, std::size_t>> running; // handle → (easy, job index)
    std::size_t next = 0;

    // Starts jobs on idle handles; a job that cannot start is finished at once.
    const auto startMore = [&] {
        while (next < jobs.size() && !idle.empty()) {
            CurlEasy *easy = idle.front();
            const std::size_t index = next++;
            const CurlJob &job = jobs[index];
            if (!multi) {
                results[index]
                    = CurlEasy::Result { SendFailure::Usage, "libcurl could not create a multi handle", {} };
                continue;
            }
            if (!easy->begin(*job.request, job.url, job.basic)) {
                results[index] = easy->finish(CURLE_OK);
                continue;
            }
            auto *curl = static_cast<CURL *>(easy->handle());
            if (const CURLMcode code = curl_multi_add_handle(multi, curl); code != CURLM_OK) {
                easy->finish(CURLE_OK);
                results[index] = CurlEasy::Result { SendFailure::Usage, curl_multi_strerror(code), {} };
                continue;
            }
            idle.pop_front();
            running.emplace(curl, std::make_pair(easy, index));
        }
    };

    startMore();
    while (!running.empty()) {
        int active = 0;
        CURLMcode code = curl_multi_perform(multi, &active);
        int queued = 0;
        while (CURLMsg *message = curl_multi_info_read(multi, &queued)) {
            if (message->msg != CURLMSG_DONE)
                continue;
            const auto it = running.find(message->easy_handle);
            if (it == running.end())
                continue;
            auto [easy, index] = it->second;
            curl_multi_remove_handle(multi, message->easy_handle);
            results[index] = easy->finish(message->data.result);
            running.erase(it);
            idle.push_back(easy);
        }
        if (code != CURLM_OK) {
            // The multi handle itself failed: end every exchange in flight with that reason.
            for (auto &[curl, entry] : running) {
                curl_multi_remove_handle(multi, curl);
                entry.first->finish(CURLE_OK);
                results[entry.second]
                    = CurlEasy::Result { SendFailure::Usage, curl_multi_strerror(code), {} };
                idle.push_back(entry.first);
            }
            running.clear();
        }
        startMore();
        // Sleeps until a socket is ready or libcurl's next timer (a just-added handle: at once).
        if (!running.empty())
            curl_multi_poll(multi, nullptr, 0, 1000, nullptr);
    }
    std::vector<CurlEasy::Result> out;
    out.reserve(results.size());
    for (auto &result : results)
        out.push_back(result ? std::move(*result) : CurlEasy::Result { SendFailure::Usage, "not run", {} });
    return out;
}

} // namespace planbridge::net
