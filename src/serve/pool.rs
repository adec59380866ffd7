//! The bounded pool the model work runs on: a fixed number of plain threads
//! with typst's stack ([`crate::STACK_SIZE`]) and a bounded queue in
//! front of them.
//!
//! Rendering is CPU work of tens of milliseconds that recurses deeply, so it
//! stays off tokio's threads (which would stop serving other connections)
//! and off rayon's pool (whose workers, waiting inside typst, would take
//! other documents onto their stacks). A request that finds the queue full
//! is refused at once ([`Full`]), so that memory is bounded by the queue and
//! a client learns to come back rather than waiting without end.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, Mutex};

use tokio::sync::oneshot;

type Job = Box<dyn FnOnce() + Send>;

/// A fixed number of worker threads and a bounded queue.
#[derive(Debug)]
pub struct Pool {
    sender: SyncSender<Job>,
    workers: usize,
}

/// The queue is full: the work was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Full;

/// The work panicked (a bug of seloste); the worker lives on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Panicked(pub String);

impl Pool {
    /// `workers` threads (at least one) and room for `queue` jobs waiting.
    pub fn new(workers: usize, queue: usize) -> Pool {
        let workers = workers.max(1);
        let (sender, receiver) = sync_channel::<Job>(queue);
        let receiver = Arc::new(Mutex::new(receiver));
        for i in 0..workers {
            let receiver = Arc::clone(&receiver);
            std::thread::Builder::new()
                .name(format!("seloste-worker-{i}"))
                .stack_size(crate::STACK_SIZE)
                .spawn(move || work(&receiver))
                .expect("a worker thread can be started");
        }
        Pool { sender, workers }
    }

    /// The number of workers.
    pub fn workers(&self) -> usize {
        self.workers
    }

    /// Queues `job`; the receiver gives its result, or [`Panicked`]. A full
    /// queue refuses it at once.
    pub fn submit<R: Send + 'static>(
        &self,
        job: impl FnOnce() -> R + Send + 'static,
    ) -> Result<oneshot::Receiver<Result<R, Panicked>>, Full> {
        let (tx, rx) = oneshot::channel();
        let job: Job = Box::new(move || {
            let result = catch_unwind(AssertUnwindSafe(job)).map_err(|p| {
                Panicked(
                    p.downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| p.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "a panic without a message".into()),
                )
            });
            // The client may have gone; its result is dropped then.
            let _ = tx.send(result);
        });
        match self.sender.try_send(job) {
            Ok(()) => Ok(rx),
            Err(TrySendError::Full(_)) | Err(TrySendError::Disconnected(_)) => Err(Full),
        }
    }
}

/// A worker: takes the next job until the pool is dropped.
fn work(receiver: &Mutex<Receiver<Job>>) {
    loop {
        // The lock is held only while waiting for a job, never while working.
        let job = match receiver.lock() {
            Ok(r) => r.recv(),
            Err(poisoned) => poisoned.into_inner().recv(),
        };
        match job {
            Ok(job) => job(),
            Err(_) => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Barrier;

    #[test]
    fn a_full_queue_refuses_and_a_panic_is_an_answer() {
        let pool = Pool::new(1, 1);
        let gate = Arc::new(Barrier::new(2));
        let g = Arc::clone(&gate);
        // The worker holds this job until the gate opens.
        let busy = pool.submit(move || g.wait()).unwrap();
        // Wait until the worker has taken it, so the queue is empty again
        // (for two minutes at least before taking it to hang).
        let mut queued = None;
        for _ in 0..120_000 {
            if let Ok(rx) = pool.submit(|| 2) {
                queued = Some(rx);
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
        let queued = queued.expect("the queue takes one job");
        // The worker is busy and the one place in the queue is taken.
        assert_eq!(pool.submit(|| 3).unwrap_err(), Full);
        gate.wait();
        assert!(busy.blocking_recv().unwrap().is_ok());
        assert_eq!(queued.blocking_recv().unwrap(), Ok(2));
        let panicked = pool.submit(|| -> u8 { panic!("boom") }).unwrap();
        assert_eq!(
            panicked.blocking_recv().unwrap(),
            Err(Panicked("boom".into()))
        );
        assert_eq!(pool.submit(|| 4).unwrap().blocking_recv().unwrap(), Ok(4));
    }
}
