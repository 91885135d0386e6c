// Journal text: strict ISO 8601 times in, RFC 4180 CSV fields out.
#include <catch2/catch.hpp>

#include "io/journal_csv.hpp"
#include "io/time_text.hpp"

using knotmap::io::CsvField;
using knotmap::io::DayEnd;
using knotmap::io::ParseIsoTime;

TEST_CASE("ISO 8601 times with a zone are exact; bad ones say what was expected", "[io][journal]") {
  std::string error;
  CHECK(ParseIsoTime("2025-11-30T08:00:00Z", error) == 1764489600);
  CHECK(ParseIsoTime("2025-11-30T09:00:00+01:00", error) == 1764489600);
  CHECK(ParseIsoTime("2025-11-30T03:30-04:30", error) == 1764489600);
  CHECK(ParseIsoTime("2024-02-29T00:00Z", error) == 1709164800);
  for (const char* bad : {"2025-02-29", "2025-13-01", "2025-11-31", "yesterday", "2025-11-30T24:00", "2025-11-30T08:00+1",
                          "2025-11-30T08:00:00Zjunk", "25-11-30", ""}) {
    INFO(bad);
    error.clear();
    CHECK(!ParseIsoTime(bad, error));
    CHECK(!error.empty());
  }
}

TEST_CASE("a bare date is a local day; its end is the day's last second", "[io][journal]") {
  std::string error;
  const auto start = ParseIsoTime("2025-11-30", error);
  const auto end = ParseIsoTime("2025-11-30", error, DayEnd::End);
  REQUIRE(start);
  REQUIRE(end);
  CHECK(*end - *start == 86399);
  CHECK(knotmap::io::LocalDate(*start) == "2025-11-30");
  CHECK(knotmap::io::LocalDate(*end) == "2025-11-30");
  CHECK(knotmap::io::LocalDateTime(*ParseIsoTime("2025-11-30T09:15", error)) == "2025-11-30 09:15");
}

TEST_CASE("CSV fields are quoted only when RFC 4180 needs it", "[io][journal]") {
  CHECK(CsvField("plain text") == "plain text");
  CHECK(CsvField("a, b") == "\"a, b\"");
  CHECK(CsvField("say \"ow\"") == "\"say \"\"ow\"\"\"");
  CHECK(CsvField("two\nlines") == "\"two\nlines\"");
  const std::string csv = knotmap::io::TreatmentsCsv({{7, 1764489600, "rhomboids", "tp1", knotmap::model::Side::Right,
                                                       knotmap::model::DoseMethod::Hold, 90,
                                                       knotmap::model::TreatmentRating::Same}});
  CHECK(csv.substr(0, csv.find("\r\n")) == "id,time,muscle,trigger_point,side,method,seconds,rating");
  CHECK(csv.find(",rhomboids,tp1,right,hold,90,same\r\n") != std::string::npos);
}
