#include "batch/batch.h"

#include <fmt/format.h>

#include "batch/batch_row.h"
#include "load/input_walker.h"
#include "batch/ordered_pipeline.h"
#include "load/answers_loader.h"
#include "util/files.h"
#include "yaml/node.h"

namespace medtime {

namespace {

// Items in flight per worker: enough to keep every worker busy while one
// slow input holds the head of the line, small enough to keep memory flat.
// Files (~100 µs each) travel in chunks of 8; CSV rows (~15 µs, ~0.5 KB) in
// chunks of 64, so that threads synchronise about once a millisecond.
constexpr size_t k_file_chunk = 8;
constexpr size_t k_files_per_worker = 4 * k_file_chunk;
constexpr size_t k_row_chunk = 64;
constexpr size_t k_rows_per_worker = 4 * k_row_chunk;

// Writes rows in order, counts them, reports their problems.
class Emitter {
public:
  Emitter(const QuestionnaireSet& set, const BatchOptions& options, BatchSink& sink)
      : m_set(set), m_options(options), m_sink(sink), m_result{CohortSummary(set), false} {}

  void begin() {
    if (m_options.rows) {
      m_sink.write(rows_begin(m_set, m_options.format, m_options.csv));
    }
  }

  // False when the batch must stop (--strict and an error).
  bool emit(BatchRow&& row) {
    for (const auto& d : row.diagnostics) {
      m_sink.diagnostic(d);
    }
    m_result.summary.add(row, m_options.summary);
    if (m_options.rows) {
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
    if (m_options.rows) {
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
  BatchResult m_result;
  BatchProgress m_progress;
};

void render(BatchRow& row, const QuestionnaireSet& set, const BatchOptions& options) {
  if (options.rows) {
    row.text = render_row(row, set, options.format, options.csv);
  }
}

Diagnostic failure(const std::string& file, const std::exception& e) {
  if (const auto* error = dynamic_cast<const Error*>(&e)) {
    return error->diagnostic();
  }
  if (dynamic_cast<const std::bad_alloc*>(&e) != nullptr) {
    return Diagnostic{Severity::error, file, {}, "out of memory"};
  }
  return Diagnostic{Severity::error, file, {}, e.what()};
}

// One input of a YAML batch: a file to read, a document already read from
// the stream, or a problem met while walking.
struct YamlInput {
  std::string source;
  bool document = false;
  yaml::Node root;
  std::optional<Diagnostic> error;
};

constexpr const char* k_stdin = "<stdin>";

// Produces the YAML inputs in order: walks files and folders, and reads the
// documents of the stream one at a time where `-` appears.
class YamlProducer {
public:
  YamlProducer(const std::vector<std::string>& inputs, std::FILE* stream)
      : m_walker(inputs), m_stream(stream) {}

  bool next(YamlInput& input) {
    input.document = false;
    input.error.reset();
    for (;;) {
      if (m_reader) {
        try {
          if (m_reader->next(input.root)) {
            input.document = true;
            input.source = fmt::format("{}:{}", k_stdin, m_reader->document_line());
            return true;
          }
        } catch (const Error& e) {
          // libyaml cannot go on after a syntax error: the rest of the stream is lost.
          input.source = k_stdin;
          input.error = e.diagnostic();
          input.error->message += "; the rest of the stream is not read";
          m_reader.reset();
          return true;
        }
        m_reader.reset();
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
        m_reader = std::make_unique<yaml::Reader>(m_stream, k_stdin);
        continue;
      }
      input.source = std::move(item.path);
      return true;
    }
  }

private:
  InputWalker m_walker;
  std::FILE* m_stream;
  std::unique_ptr<yaml::Reader> m_reader;
};

BatchRow score_yaml(YamlInput& input, const QuestionnaireSet& set, const BatchOptions& options) {
  BatchRow row;
  if (input.error) {
    row = error_row(set, input.source, std::move(*input.error));
  } else {
    std::string file = input.document ? k_stdin : input.source;
    Diagnostics diags(file);
    try {
      Assessment assessment =
          input.document ? resolve_assessment(input.root, set, input.source, diags)
                         : parse_assessment(read_file(input.source), set, input.source, diags);
      row = make_row(set, assessment, diags, options.profile);
    } catch (const std::exception& e) {
      row = error_row(set, input.source, failure(file, e));
    }
  }
  render(row, set, options);
  return row;
}

} // namespace

BatchResult run_batch(const QuestionnaireSet& set, const std::vector<std::string>& inputs,
                      std::FILE* stream, const BatchOptions& options, BatchSink& sink) {
  Emitter emitter(set, options, sink);
  emitter.begin();
  YamlProducer producer(inputs, stream);
  run_ordered<YamlInput, BatchRow>(
      options.threads, k_files_per_worker * options.threads, k_file_chunk,
      [&](YamlInput& input) { return producer.next(input); },
      [&](YamlInput& input) { return score_yaml(input, set, options); },
      [&](BatchRow&& row) { return emitter.emit(std::move(row)); });
  return emitter.finish();
}

BatchResult run_batch_csv(const QuestionnaireSet& set, std::istream& csv, const std::string& file,
                          std::uint64_t size, const ColumnMap& map, CsvDialect dialect,
                          const BatchOptions& options, BatchSink& sink) {
  CsvReader reader(csv, file, map.separator);
  CsvRecord header;
  if (!reader.next(header)) {
    throw Error(file, {}, "empty file; expected a header line, then one row per response");
  }
  Diagnostics setup(map.file);
  CsvImporter importer(set, map, dialect, header, file, setup);
  setup.throw_if_errors();
  for (const auto& d : setup.items()) {
    sink.diagnostic(d);
  }
  Emitter emitter(set, options, sink);
  emitter.progress().bytes_total = size;
  emitter.begin();
  CsvIssueCounter issues;
  // The calling thread only finds where each record ends; workers split
  // the fields, so little crosses threads and the splitting runs in parallel.
  char separator = reader.separator();
  run_ordered<CsvRawRecord, BatchRow>(
      options.threads, k_rows_per_worker * options.threads, k_row_chunk,
      [&](CsvRawRecord& raw) { return reader.next_raw(raw); },
      [&](CsvRawRecord& raw) {
        thread_local CsvRecord record; // keeps its fields' capacity from row to row
        Diagnostics diags(file);
        BatchRow row;
        try {
          split_csv_record(raw, separator, record);
          std::vector<CsvIssue> found;
          Assessment assessment = importer.import(record, diags, found);
          row = make_row(set, assessment, diags, options.profile);
          row.issues = std::move(found);
        } catch (const std::exception& e) {
          row = error_row(set, fmt::format("{}:{}", file, raw.line), failure(file, e));
        }
        render(row, set, options);
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
