#include "batch/batch.h"

#include <algorithm>
#include <fmt/format.h>

#include "batch/batch_row.h"
#include "batch/cohort_xlsx.h"
#include "load/input_walker.h"
#include "batch/ordered_pipeline.h"
#include "load/answers_loader.h"
#include "util/files.h"
#include "yaml/stream.h"

namespace medtime {

namespace {

// Items in flight per worker: enough to keep every worker busy while one
// slow input holds the head of the line, small enough to keep memory flat.
// Files (~60 µs each) travel in chunks of 32 and CSV rows (~12 µs, ~0.5 KB)
// in chunks of 64, so that threads synchronise about once a millisecond:
// with smaller file chunks, -j2 spent measurably more time waking threads.
constexpr size_t k_file_chunk = 32;
constexpr size_t k_files_per_worker = 4 * k_file_chunk;
constexpr size_t k_row_chunk = 64;
constexpr size_t k_rows_per_worker = 4 * k_row_chunk;

// Writes rows in order, counts them, reports their problems.
class Emitter {
public:
  Emitter(const QuestionnaireSet& set, const BatchOptions& options, BatchSink& sink,
          RowLayout layout)
      : m_set(set), m_options(options), m_sink(sink), m_layout(std::move(layout)),
        m_result{GroupedSummary(set, options.group_by, options.min_cell), false} {
    auto at = std::find(options.row.keep.begin(), options.row.keep.end(), options.group_by);
    if (!options.group_by.empty() && at != options.row.keep.end()) {
      m_group = static_cast<int>(at - options.row.keep.begin());
    }
  }

  void begin() {
    if (m_options.format == BatchFormat::xlsx) {
      m_book = std::make_unique<CohortWorkbook>(m_set, m_layout, m_options.lang);
      return;
    }
    if (m_options.rows) {
      if (m_options.bom && m_options.format == BatchFormat::csv) {
        m_sink.write("\xEF\xBB\xBF");
      }
      m_sink.write(rows_begin(m_set, m_options.format, m_options.csv, m_layout));
    }
  }

  // False when the batch must stop (--strict and an error).
  bool emit(BatchRow&& row) {
    if (m_options.complete_only && row.complete == false) {
      m_result.summary.overall().add_skipped_incomplete();
      return true; // not submitted: neither a row nor a problem of the batch
    }
    for (const auto& d : row.diagnostics) {
      m_sink.diagnostic(d);
    }
    const std::string* group =
        m_group >= 0 && static_cast<size_t>(m_group) < row.kept.size() ? &row.kept[static_cast<size_t>(m_group)] : nullptr;
    m_result.summary.add(row, group, m_options.summary);
    if (m_book) {
      m_book->add_row(row);
    } else if (m_options.rows) {
      if (m_options.format == BatchFormat::json && m_result.summary.rows() > 1) {
        m_sink.write(",\n");
      }
      m_sink.write(row.text);
    }
    m_progress.done = m_result.summary.rows();
    m_progress.errors = m_result.summary.errors();
    m_sink.progress(m_progress);
    if (!row.ok && m_options.strict) {
      m_result.stopped = true;
      return false;
    }
    return true;
  }

  BatchResult finish() {
    if (m_book) {
      m_sink.write(m_book->finish(m_result.summary));
      m_book.reset();
    } else if (m_options.rows) {
      nlohmann::ordered_json summary;
      bool with_summary = m_options.summary && m_options.format == BatchFormat::json;
      if (with_summary) {
        summary = summary_json(m_result.summary, m_set);
      }
      m_sink.write(rows_end(m_options.format, with_summary ? &summary : nullptr));
    }
    return std::move(m_result);
  }

  BatchProgress& progress() { return m_progress; }

private:
  const QuestionnaireSet& m_set;
  const BatchOptions& m_options;
  BatchSink& m_sink;
  RowLayout m_layout;
  int m_group = -1; // index of the group column in the kept values
  std::unique_ptr<CohortWorkbook> m_book; // --format xlsx
  BatchResult m_result;
  BatchProgress m_progress;
};

void render(BatchRow& row, const QuestionnaireSet& set, const BatchOptions& options,
            const RowLayout& layout) {
  bool text = options.format == BatchFormat::csv || options.format == BatchFormat::jsonl ||
              options.format == BatchFormat::json;
  if (options.rows && text) {
    row.text = render_row(row, set, options.format, options.csv, layout);
  }
}

RowLayout yaml_layout(const BatchOptions& options) {
  return RowLayout{false, options.row.keep};
}

Diagnostic failure(const std::string& file, const std::exception& e) {
  if (const auto* error = dynamic_cast<const Error*>(&e)) {
    return error->diagnostic();
  }
  if (dynamic_cast<const std::bad_alloc*>(&e) != nullptr) {
    Message m = message("E020");
    return Diagnostic{Severity::error, file, {}, std::move(m.text), m.code};
  }
  Message m = message("E021", e.what());
  return Diagnostic{Severity::error, file, {}, std::move(m.text), m.code};
}

// One input of a YAML batch: a file to read, a document cut out of the
// stream, or a problem met while walking.
struct YamlInput {
  std::string source;
  bool document = false;
  yaml::StreamDocument text; // the document, when `document`
  std::optional<Diagnostic> error;
};

constexpr const char* k_stdin = "<stdin>";

// Produces the YAML inputs in order: walks files and folders, and cuts the
// stream into documents where `-` appears.
class YamlProducer {
public:
  YamlProducer(const std::vector<std::string>& inputs, std::FILE* stream)
      : m_walker(inputs), m_stream(stream) {}

  bool next(YamlInput& input) {
    input.document = false;
    input.error.reset();
    for (;;) {
      if (m_splitter) {
        if (m_splitter->next(input.text)) {
          m_documents = true;
          input.document = true;
          input.source = fmt::format("{}:{}", k_stdin, input.text.line);
          if (input.text.too_large) {
            Message m = message("E437", k_max_file_size);
            input.error = Diagnostic{Severity::error, k_stdin, {input.text.line, 1},
                                     std::move(m.text), m.code};
          }
          return true;
        }
        m_splitter.reset();
        if (!m_documents) {
          // Most likely a pipe whose writer failed: not a cohort of nobody.
          input.source = k_stdin;
          Message m = message("E438");
          input.error =
              Diagnostic{Severity::error, k_stdin, {1, 1}, std::move(m.text), m.code};
          return true;
        }
      }
      InputWalker::Item item;
      if (!m_walker.next(item)) {
        return false;
      }
      if (item.error) {
        input.source = item.path;
        input.error = std::move(item.error);
        return true;
      }
      if (item.path == "-") {
        m_splitter = std::make_unique<yaml::DocumentSplitter>(m_stream, k_max_file_size);
        m_documents = false;
        continue;
      }
      input.source = std::move(item.path);
      return true;
    }
  }

private:
  InputWalker m_walker;
  std::FILE* m_stream;
  std::unique_ptr<yaml::DocumentSplitter> m_splitter;
  bool m_documents = false; // the stream gave at least one document
};

// Refuses a YAML file given as a CSV export, before its columns become
// warnings (UTF-16 and other encodings are refused by check_csv_encoding,
// which reads the whole file first).
void check_csv_header(const CsvRecord& header, const std::string& file) {
  std::string_view first = header.fields.empty() ? std::string_view() : header.fields[0].text;
  // `key:` then a blank or nothing: a YAML mapping's first line, never a column name.
  size_t colon = first.find(':');
  bool yaml_key = !header.fields.empty() && !header.fields[0].quoted &&
                  colon != std::string_view::npos && colon > 0 &&
                  (colon + 1 == first.size() || first[colon + 1] == ' ') &&
                  first.find_first_of(" \t\"") > colon;
  std::string_view name = file;
  if (name.ends_with(".yaml") || name.ends_with(".yml") || first == "---" ||
      first.starts_with("%YAML") || yaml_key) {
    throw Error(file, {1, 1}, message("E439"));
  }
}

// Scores with the whole `set` (the time budget included) and renders the
// row against its `levers`, by which rows and summaries are indexed.
BatchRow score_yaml(YamlInput& input, const QuestionnaireSet& set, const QuestionnaireSet& levers,
                    const BatchOptions& options, const RowLayout& layout) {
  BatchRow row;
  if (input.error) {
    row = error_row(set, input.source, std::move(*input.error));
    row.kept.resize(options.row.keep.size());
  } else {
    std::string file = input.document ? k_stdin : input.source;
    Diagnostics diags(file);
    try {
      Assessment assessment;
      if (input.document) {
        assessment = parse_assessment(input.text.text, set, input.source, diags, {},
                                      input.text.first_line);
      } else {
        thread_local std::string text; // keeps its capacity from file to file
        read_file(input.source, text);
        assessment = parse_assessment(text, set, input.source, diags);
        if (text.capacity() > (1u << 20)) {
          std::string().swap(text); // one big file does not hold its memory for the run
        }
      }
      row = make_row(set, assessment, diags, options.profile, options.row);
    } catch (const std::exception& e) {
      row = error_row(set, input.source, failure(file, e));
      row.kept.resize(options.row.keep.size());
    }
  }
  render(row, levers, options, layout);
  return row;
}

} // namespace

BatchResult run_batch(const QuestionnaireSet& set, const std::vector<std::string>& inputs,
                      std::FILE* stream, const BatchOptions& options, BatchSink& sink) {
  RowLayout layout = yaml_layout(options);
  QuestionnaireSet levers = set.scored();
  Emitter emitter(levers, options, sink, layout);
  emitter.begin();
  YamlProducer producer(inputs, stream);
  run_ordered<YamlInput, BatchRow>(
      options.threads, k_files_per_worker * options.threads, k_file_chunk,
      [&](YamlInput& input) { return producer.next(input); },
      [&](YamlInput& input) { return score_yaml(input, set, levers, options, layout); },
      [&](BatchRow&& row) { return emitter.emit(std::move(row)); });
  return emitter.finish();
}

BatchResult run_batch_csv(const QuestionnaireSet& set, std::istream& csv, const std::string& file,
                          std::uint64_t size, const ColumnMap& map, const CsvImportOptions& import,
                          const BatchOptions& options, BatchSink& sink) {
  if (auto problem = check_csv_encoding(csv)) {
    throw Error(file, problem->first, message("E440", problem->second.text));
  }
  CsvReader reader(csv, file, map.separator);
  CsvRecord header;
  if (!reader.next(header)) {
    throw Error(file, {1, 1}, message("E441"));
  }
  check_csv_header(header, file);
  Diagnostics setup(map.file);
  CsvImportOptions bound = import;
  bound.keep = options.row.keep; // kept columns travel as respondent keys
  CsvImporter importer(set, map, bound, header, file, setup);
  setup.throw_if_errors();
  for (const auto& d : setup.items()) {
    sink.diagnostic(d);
  }
  RowLayout layout{importer.knows_completeness(), options.row.keep};
  QuestionnaireSet levers = set.scored();
  Emitter emitter(levers, options, sink, layout);
  emitter.progress().bytes_total = size;
  emitter.begin();
  CsvIssueCounter issues;
  // The calling thread only finds where each record ends; workers split
  // the fields, so little crosses threads and the splitting runs in parallel.
  char separator = reader.separator();
  run_ordered<CsvRawRecord, BatchRow>(
      options.threads, k_rows_per_worker * options.threads, k_row_chunk,
      [&](CsvRawRecord& raw) {
        while (reader.next_raw(raw)) {
          if (!is_blank_record(raw, separator)) {
            return true;
          }
        }
        return false;
      },
      [&](CsvRawRecord& raw) {
        thread_local CsvRecord record; // keeps its fields' capacity from row to row
        Diagnostics diags(file);
        BatchRow row;
        try {
          split_csv_record(raw, separator, record);
          std::vector<CsvIssue> found;
          std::optional<bool> complete;
          Assessment assessment = importer.import(record, diags, found, &complete);
          row = make_row(set, assessment, diags, options.profile, options.row);
          row.complete = complete;
          row.issues = std::move(found);
        } catch (const std::exception& e) {
          row = error_row(set, fmt::format("{}:{}", file, raw.line), failure(file, e));
          row.kept.resize(options.row.keep.size());
        }
        render(row, levers, options, layout);
        return row;
      },
      [&](BatchRow&& row) {
        issues.add(row.issues);
        emitter.progress().bytes_done = reader.offset();
        return emitter.emit(std::move(row));
      });
  BatchResult result = emitter.finish();
  Diagnostics report(file);
  issues.report(importer, report);
  for (const auto& d : report.items()) {
    sink.diagnostic(d);
  }
  return result;
}

} // namespace medtime
