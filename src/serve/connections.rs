//! The open connections under `--max-connections`, and which one gives way
//! when a new one arrives at the limit.
//!
//! A plain count of places let a flood of slow header senders fill every
//! place: a load balancer's health check, or a customer's render, then
//! waited in the listen backlog until the header timeout freed a place
//! (8–9 s at 1 100 of them). So at the limit the connection that has gone
//! longest without a request in the application (a slow sender of headers,
//! or an idle keep-alive) is closed to make room for the new one. A
//! connection with a request in the application, or an answer still being
//! written, is never closed; nor is one idle for less than [`MIN_IDLE`], so
//! that the last bytes of an answer just written reach the client. Only
//! when no connection can give way does the new one wait. A client whose
//! idle keep-alive connection is closed reconnects, as HTTP lets a server
//! close one at any time.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::sync::Notify;

/// How long a connection must have been idle before it may be closed to
/// make room: longer than writing out the end of an answer takes.
pub const MIN_IDLE: Duration = Duration::from_millis(500);

/// The places, shared by the accept loop and the connections.
#[derive(Debug)]
pub struct Connections {
    max: usize,
    min_idle: Duration,
    open: Mutex<Open>,
    /// Told when a place is given back.
    freed: Notify,
}

#[derive(Debug, Default)]
struct Open {
    next: u64,
    slots: BTreeMap<u64, Slot>,
}

#[derive(Debug)]
struct Slot {
    /// Requests in the application or answers being written.
    busy: usize,
    /// Since when nothing is busy (since accepted, at first).
    idle_since: Instant,
    /// Already asked to close.
    shedding: bool,
    shed: Arc<Notify>,
}

/// One connection's place, given back when the last handle is dropped.
#[derive(Debug)]
pub struct Place {
    id: u64,
    connections: Arc<Connections>,
    shed: Arc<Notify>,
}

/// Marks the connection busy while it lives.
#[derive(Debug)]
pub struct Busy(Arc<Place>);

impl Connections {
    /// Room for `max` connections (at least one), a connection giving way
    /// once idle for `min_idle`.
    pub fn new(max: usize, min_idle: Duration) -> Arc<Self> {
        Arc::new(Connections {
            max: max.max(1),
            min_idle,
            open: Mutex::new(Open::default()),
            freed: Notify::new(),
        })
    }

    /// A place for a new connection: at once below the limit; at the limit
    /// once the longest idle connection has closed (or, if every one is
    /// busy, once any has).
    pub async fn admit(self: &Arc<Self>) -> Arc<Place> {
        loop {
            let freed = self.freed.notified();
            // When the longest idle connection is not yet idle long enough,
            // look again once it is.
            let mut again = None;
            {
                let mut open = self.lock();
                if open.slots.len() < self.max {
                    return self.enter(&mut open);
                }
                let waiting_for_one = open.slots.values().any(|s| s.shedding);
                if !waiting_for_one
                    && let Some(slot) = open
                        .slots
                        .values_mut()
                        .filter(|s| s.busy == 0)
                        .min_by_key(|s| s.idle_since)
                {
                    let idle = slot.idle_since.elapsed();
                    if idle >= self.min_idle {
                        slot.shedding = true;
                        slot.shed.notify_one();
                    } else {
                        again = Some(self.min_idle - idle);
                    }
                }
            }
            match again {
                Some(wait) => {
                    tokio::select! {
                        () = freed => {}
                        () = tokio::time::sleep(wait) => {}
                    }
                }
                None => freed.await,
            }
        }
    }

    /// A place beyond the limit: while draining, when the few connections
    /// that come are health checks and refused work.
    pub fn admit_over(self: &Arc<Self>) -> Arc<Place> {
        let mut open = self.lock();
        self.enter(&mut open)
    }

    /// The connections open.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.lock().slots.len()
    }

    fn enter(self: &Arc<Self>, open: &mut Open) -> Arc<Place> {
        let id = open.next;
        open.next += 1;
        let shed = Arc::new(Notify::new());
        open.slots.insert(
            id,
            Slot {
                busy: 0,
                idle_since: Instant::now(),
                shedding: false,
                shed: Arc::clone(&shed),
            },
        );
        Arc::new(Place {
            id,
            connections: Arc::clone(self),
            shed,
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Open> {
        self.open.lock().expect("no panic while holding the places")
    }
}

impl Place {
    /// Resolves when the connection is to close to make room.
    pub async fn shed(&self) {
        self.shed.notified().await;
    }

    /// Whether the connection, asked to close, closes now: not if a request
    /// came in since it was asked (the connection's own task calls this, so
    /// none can come in between); then the accept loop picks another.
    pub fn give_way(&self) -> bool {
        let mut open = self.connections.lock();
        let Some(slot) = open.slots.get_mut(&self.id) else {
            return true;
        };
        if slot.busy == 0 {
            return true;
        }
        slot.shedding = false;
        drop(open);
        self.connections.freed.notify_one();
        false
    }

    /// Marks the connection busy until the guard is dropped.
    pub fn busy(self: &Arc<Self>) -> Busy {
        if let Some(slot) = self.connections.lock().slots.get_mut(&self.id) {
            slot.busy += 1;
        }
        Busy(Arc::clone(self))
    }
}

impl Drop for Busy {
    fn drop(&mut self) {
        if let Some(slot) = self.0.connections.lock().slots.get_mut(&self.0.id) {
            slot.busy -= 1;
            if slot.busy == 0 {
                slot.idle_since = Instant::now();
            }
        }
    }
}

impl Drop for Place {
    fn drop(&mut self) {
        self.connections.lock().slots.remove(&self.id);
        self.connections.freed.notify_one();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now_or_never<T>(f: impl std::future::Future<Output = T>) -> Option<T> {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap();
        rt.block_on(async {
            tokio::time::timeout(Duration::from_millis(50), f)
                .await
                .ok()
        })
    }

    #[test]
    fn at_the_limit_the_longest_idle_is_asked_to_close_and_a_busy_one_never() {
        let c = Connections::new(3, Duration::ZERO);
        let busy_oldest = now_or_never(c.admit()).unwrap();
        let idle_older = now_or_never(c.admit()).unwrap();
        let idle_newer = now_or_never(c.admit()).unwrap();
        let _working = busy_oldest.busy();
        // Full: the next waits, and the idle one accepted first is shed.
        assert!(now_or_never(c.admit()).is_none());
        assert!(now_or_never(idle_older.shed()).is_some());
        assert!(now_or_never(idle_newer.shed()).is_none());
        assert!(now_or_never(busy_oldest.shed()).is_none());
        assert!(idle_older.give_way());
        // Its close gives the place.
        drop(idle_older);
        assert!(now_or_never(c.admit()).is_some());
        assert_eq!(c.len(), 2);
    }

    #[test]
    fn when_every_place_is_busy_the_new_one_waits_for_a_close() {
        let c = Connections::new(1, Duration::ZERO);
        let only = now_or_never(c.admit()).unwrap();
        let guard = only.busy();
        assert!(now_or_never(c.admit()).is_none());
        assert!(now_or_never(only.shed()).is_none());
        drop(guard);
        // A request that came in after the ask keeps the connection.
        assert!(now_or_never(c.admit()).is_none());
        assert!(now_or_never(only.shed()).is_some());
        let again = only.busy();
        assert!(!only.give_way());
        drop(again);
        // Idle now: the next arrival sheds it.
        assert!(now_or_never(c.admit()).is_none());
        assert!(now_or_never(only.shed()).is_some());
        drop(only);
        assert!(now_or_never(c.admit()).is_some());
    }

    #[test]
    fn a_connection_idle_for_less_than_the_minimum_is_not_asked_to_close() {
        let c = Connections::new(1, Duration::from_secs(60));
        let only = now_or_never(c.admit()).unwrap();
        // Just idle: the new one waits, and the old one is left alone.
        assert!(now_or_never(c.admit()).is_none());
        assert!(now_or_never(only.shed()).is_none());
    }
}
