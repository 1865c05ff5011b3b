// Baseline for tests/bench/bench_validate.sh: parses a forecast version JSON into a nlohmann::json
// DOM and prints the number of records. No validation, no transformation, no output: it is the
// floor a DOM-based reader would start from.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <string>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_nlohmann_dom VERSION.json\n");
        return 2;
    }
    std::FILE *file = std::fopen(argv[1], "rb");
    if (!file) {
        std::perror(argv[1]);
        return 2;
    }
    std::string text;
    char buffer[1 << 16];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, file)) > 0;)
        text.append(buffer, n);
    std::fclose(file);
    try {
        const nlohmann::json doc = nlohmann::json::parse(text);
        const auto records = doc.at("records").size();
        std::printf("%zu records\n", records);
    } catch (const nlohmann::json::exception &e) {
        std::fprintf(stderr, "bench_nlohmann_dom: %s\n", e.what());
        return 2;
    }
    return 0;
}
