// An ordered parallel pipeline: one producer reads inputs in order, N
// workers process them concurrently, and one consumer receives the results
// in input order, whatever the number of workers and however long each item
// takes. At most `window` items are in flight, so memory does not grow with
// the number of inputs.
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
//   next(Input&) -> bool       fills the next input; false at the end (calling thread)
//   work(Input&) -> Output     thread-safe; runs on a worker
//   emit(Output&&) -> bool     in input order (calling thread); false stops early
// An exception from any of them stops the pipeline and is rethrown here once
// the workers have finished.
template <class Input, class Output, class Next, class Work, class Emit>
void run_ordered(unsigned workers, size_t window, Next&& next, Work&& work, Emit&& emit) {
  if (workers <= 1) {
    Input input;
    while (next(input)) {
      if (!emit(work(input))) {
        return;
      }
      input = Input();
    }
    return;
  }
  window = std::max<size_t>(window, workers);
  std::mutex mutex;
  std::condition_variable work_ready;   // workers wait for inputs
  std::condition_variable result_ready; // the calling thread waits for the next result
  std::deque<std::pair<size_t, Input>> queue;
  std::vector<std::optional<Output>> slots(window);
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
      auto [seq, input] = std::move(queue.front());
      queue.pop_front();
      lock.unlock();
      std::optional<Output> out;
      std::exception_ptr error;
      try {
        out.emplace(work(input));
      } catch (...) {
        error = std::current_exception();
      }
      lock.lock();
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
    std::unique_lock lock(mutex);
    for (;;) {
      if (failure) {
        break;
      }
      auto& slot = slots[emitted % window];
      if (emitted < produced && slot) {
        Output out = std::move(*slot);
        slot.reset();
        ++emitted;
        lock.unlock();
        bool go_on = emit(std::move(out));
        lock.lock();
        if (!go_on) {
          break;
        }
        continue;
      }
      if (more && produced - emitted < window) {
        lock.unlock();
        Input input;
        more = next(input);
        lock.lock();
        if (more) {
          queue.emplace_back(produced++, std::move(input));
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
