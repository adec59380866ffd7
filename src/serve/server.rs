//! The sockets: accept connections under the limit ([`connections`]),
//! serve each with hyper (a header read timeout, keep-alive, hyper's bare
//! error answers replaced by problem documents: [`unparsed`]), and on
//! SIGTERM or SIGINT drain: `/healthz` answers 503 and new work is refused
//! while the requests in flight finish, then the listener closes and the
//! function returns so the process exits 0.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use http_body_util::BodyExt;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use serde_json::json;
use tokio::net::{TcpListener, TcpStream};

use super::app::Shared;
use super::connections::{self, Connections, Place};
use super::unparsed::{MAX_HEAD_BYTES, Watched};
use super::{Config, app, log, trim};

/// Serves until SIGTERM or SIGINT, then drains. An error is one of
/// starting (the address cannot be listened on).
pub fn run(config: Config) -> Result<(), String> {
    // The runtime's threads only read and write sockets; the work is on the
    // pool's threads, so two are plenty.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("seloste-io")
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the runtime: {e}"))?;
    runtime.block_on(serve(config))
}

async fn serve(config: Config) -> Result<(), String> {
    let listener = TcpListener::bind(config.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", config.listen))?;
    let address = listener
        .local_addr()
        .map_err(|e| format!("cannot listen on {}: {e}", config.listen))?;
    let shared = app::shared(&config);
    tokio::spawn(trim::when_idle(Arc::clone(&shared)));
    let router = app::router(Arc::clone(&shared));
    let graceful = GracefulShutdown::new();
    let connections = Connections::new(config.max_connections, connections::MIN_IDLE);
    let mut stop = std::pin::pin!(signal());
    log::event(
        "listening",
        json!({
            "address": address.to_string(),
            "workers": config.workers,
            "queue": config.queue,
            "token": config.token.is_some(),
        }),
    );
    loop {
        // At the connection limit, wait for one to give way.
        let place = tokio::select! {
            _ = &mut stop => break,
            place = connections.admit() => place,
        };
        let stream = tokio::select! {
            _ = &mut stop => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(e) => {
                    // Out of file descriptors and the like: wait a moment.
                    log::event("accept-failed", json!({ "error": e.to_string() }));
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        let on = On {
            router: &router,
            shared: &shared,
            config: &config,
            graceful: &graceful,
        };
        serve_connection(stream, &on, place);
    }
    // Draining. The listener stays open while requests are in flight, so
    // that a load balancer's health check reaches `/healthz` and sees 503
    // (a closed port would look like a crash), and new work is refused
    // with 503 rather than cut off.
    shared.draining.store(true, Ordering::Relaxed);
    log::event("draining", json!({}));
    let deadline = tokio::time::Instant::now() + config.drain_timeout;
    while shared.metrics.in_flight() > 0 {
        tokio::select! {
            _ = tokio::time::sleep_until(deadline) => break,
            _ = tokio::time::sleep(std::time::Duration::from_millis(20)) => {}
            accepted = listener.accept() => {
                if let Ok((stream, _)) = accepted {
                    let on = On {
                        router: &router,
                        shared: &shared,
                        config: &config,
                        graceful: &graceful,
                    };
                    serve_connection(stream, &on, connections.admit_over());
                }
            }
        }
    }
    drop(listener);
    let left = deadline.saturating_duration_since(tokio::time::Instant::now());
    let drained = tokio::time::timeout(left, graceful.shutdown())
        .await
        .is_ok();
    log::event("stopped", json!({ "drained": drained }));
    Ok(())
}

/// What every connection is served with.
struct On<'a> {
    router: &'a axum::Router,
    shared: &'a Arc<Shared>,
    config: &'a Config,
    graceful: &'a GracefulShutdown,
}

/// Serves one connection on its own task, watched by `graceful`, in its
/// `place` under `--max-connections`: busy from a request's arrival until
/// its answer is written, closed if it must give way while idle.
fn serve_connection(stream: TcpStream, on: &On<'_>, place: Arc<Place>) {
    let _ = stream.set_nodelay(true);
    let router = on.router.clone();
    let in_place = Arc::clone(&place);
    let service = hyper::service::service_fn(move |request| {
        let busy = in_place.busy();
        let answered = tower::Service::call(&mut router.clone(), request);
        async move {
            let response = answered.await?;
            // The guard lives in the body, which hyper drops once it is
            // written (or the connection breaks).
            Ok::<_, std::convert::Infallible>(response.map(|body| {
                axum::body::Body::new(body.map_frame(move |frame| {
                    let _ = &busy;
                    frame
                }))
            }))
        }
    });
    let connection = http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(on.config.header_timeout)
        .max_buf_size(MAX_HEAD_BYTES)
        .serve_connection(
            Watched::new(TokioIo::new(stream), Arc::clone(on.shared)),
            service,
        );
    let connection = on.graceful.watch(connection);
    tokio::spawn(async move {
        let mut connection = std::pin::pin!(connection);
        loop {
            tokio::select! {
                // A connection that breaks is the client's business.
                _ = connection.as_mut() => break,
                () = place.shed() => if place.give_way() { break },
            }
        }
        drop(place);
    });
}

/// Resolves on SIGTERM (how Kubernetes and systemd stop a service) or
/// SIGINT (Ctrl-C).
async fn signal() {
    use tokio::signal::unix::{SignalKind, signal};
    let mut term = signal(SignalKind::terminate()).expect("SIGTERM can be caught");
    let mut int = signal(SignalKind::interrupt()).expect("SIGINT can be caught");
    tokio::select! {
        _ = term.recv() => {}
        _ = int.recv() => {}
    }
}
