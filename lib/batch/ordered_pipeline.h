// An ordered parallel pipeline: one producer reads inputs in order, N
// workers process them concurrently, and one consumer receives the results
// in input order, whatever the number of workers and however long each item
// takes. At most about `window` items are in flight, so memory does not
// grow with the number of inputs.
//
// The producer and the consumer run on the calling thread; with one worker
// there are no threads at all (read, work, emit, one item at a time).
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace medtime {

// Runs the pipeline until `next` has no more input or `emit` returns false.
//   next(Input&) -> bool       fills the next input, whatever the object held
//                              before; false at the end (calling thread)
//   work(Input&) -> Output     thread-safe; runs on a worker
//   emit(Output&&) -> bool     in input order (calling thread); false stops early
// An exception from any of them stops the pipeline and is rethrown here once
// the workers have finished.
// Inputs travel in chunks of `chunk` items, so that locking and waking a
// thread happen once per chunk: small items (CSV rows) want larger chunks.
template <class Input, class Output, class Next, class Work, class Emit>
void run_ordered(unsigned workers, size_t window, size_t chunk, Next&& next, Work&& work,
                 Emit&& emit) {
  if (workers <= 1) {
    Input input; // reused: `next` overwrites it, keeping its buffers' capacity
    while (next(input)) {
      if (!emit(work(input))) {
        return;
      }
    }
    return;
  }
  chunk = std::max<size_t>(chunk, 1);
  using InputChunk = std::vector<Input>;
  using OutputChunk = std::vector<Output>;
  window = std::max<size_t>(window / chunk, 2 * static_cast<size_t>(workers));
  std::mutex mutex;
  std::condition_variable work_ready;   // workers wait for inputs
  std::condition_variable result_ready; // the calling thread waits for the next result
  std::deque<std::pair<size_t, InputChunk>> queue;
  std::vector<InputChunk> spare; // processed input chunks, reused so their buffers keep capacity
  std::vector<std::optional<OutputChunk>> slots(window);
  size_t produced = 0, emitted = 0;
  bool quit = false;
  std::exception_ptr failure;

  auto worker = [&] {
    std::unique_lock lock(mutex);
    for (;;) {
      work_ready.wait(lock, [&] { return quit || !queue.empty(); });
      if (quit) {
        return;
      }
      auto [seq, inputs] = std::move(queue.front());
      queue.pop_front();
      lock.unlock();
      OutputChunk out;
      std::exception_ptr error;
      try {
        out.reserve(inputs.size());
        for (auto& input : inputs) {
          out.push_back(work(input));
        }
      } catch (...) {
        error = std::current_exception();
      }
      lock.lock();
      spare.push_back(std::move(inputs));
      if (error) {
        failure = failure ? failure : error;
        quit = true;
        work_ready.notify_all();
        result_ready.notify_one();
        return;
      }
      slots[seq % window] = std::move(out);
      if (seq == emitted) {
        result_ready.notify_one();
      }
    }
  };
  std::vector<std::thread> threads;
  threads.reserve(workers);
  for (unsigned i = 0; i < workers; ++i) {
    threads.emplace_back(worker);
  }
  auto stop = [&] {
    {
      std::lock_guard guard(mutex);
      quit = true;
    }
    work_ready.notify_all();
    for (auto& t : threads) {
      t.join();
    }
  };
  try {
    bool more = true;
    bool go_on = true;
    std::unique_lock lock(mutex);
    while (go_on && !failure) {
      auto& slot = slots[emitted % window];
      if (emitted < produced && slot) {
        OutputChunk out = std::move(*slot);
        slot.reset();
        ++emitted;
        lock.unlock();
        for (auto& item : out) {
          if (!emit(std::move(item))) {
            go_on = false;
            break;
          }
        }
        out.clear();
        lock.lock();
        continue;
      }
      if (more && produced - emitted < window) {
        InputChunk inputs;
        if (!spare.empty()) {
          inputs = std::move(spare.back());
          spare.pop_back();
        }
        lock.unlock();
        inputs.resize(chunk);
        size_t n = 0;
        while (n < chunk && (more = next(inputs[n]))) {
          ++n;
        }
        inputs.resize(n);
        lock.lock();
        if (n > 0) {
          queue.emplace_back(produced++, std::move(inputs));
          work_ready.notify_one();
        }
        continue;
      }
      if (!more && emitted == produced) {
        break;
      }
      result_ready.wait(lock, [&] { return failure || (emitted < produced && slots[emitted % window]); });
    }
  } catch (...) {
    stop();
    throw;
  }
  stop();
  if (failure) {
    std::rethrow_exception(failure);
  }
}

} // namespace medtime
