//! Many documents on a few threads, the way a batch must run them.
//!
//! typst parallelises inside a document on rayon's pool. If the documents of
//! a batch were rayon jobs too, a worker waiting inside typst would take
//! other whole documents onto its own stack, and a few of them stacked
//! overflow it (and hold their memory). So a batch runs on plain threads,
//! each taking the next item, with stacks of [`STACK_SIZE`](crate::STACK_SIZE).

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Applies `work` to every item on `threads` threads (at least one, at most
/// one per item), each taking the next item when it is done with one; the
/// results come back in the items' order.
pub fn on_threads<T: Sync, R: Send>(
    threads: usize,
    items: &[T],
    work: impl Fn(usize, &T) -> R + Sync,
) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, R)>> = Mutex::new(Vec::with_capacity(items.len()));
    std::thread::scope(|scope| {
        for _ in 0..threads.clamp(1, items.len().max(1)) {
            std::thread::Builder::new()
                .stack_size(crate::STACK_SIZE)
                .spawn_scoped(scope, || {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        let r = work(i, item);
                        results
                            .lock()
                            .expect("no thread panics holding it")
                            .push((i, r));
                    }
                })
                .expect("a thread can be started");
        }
    });
    let mut results = results.into_inner().expect("the threads have ended");
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_item_once_and_in_order() {
        let items: Vec<u32> = (0..100).collect();
        let out = on_threads(3, &items, |i, &x| (i, x * 2));
        assert_eq!(
            out,
            (0..100).map(|x| (x as usize, x * 2)).collect::<Vec<_>>()
        );
        assert!(on_threads(4, &[] as &[u32], |_, x| *x).is_empty());
    }
}
