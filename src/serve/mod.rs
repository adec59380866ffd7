//! `seloste serve`: the library over HTTP, for contract and customer
//! systems that attach a notice to a contract the moment it is made.
//!
//! The service is stateless (every request carries its model and assets), so
//! it scales by running more copies behind a load balancer. axum routes and
//! extracts on hyper and tokio; hyper-util serves each connection with a
//! header read timeout and drains them on SIGTERM. The model work (load,
//! check, render) never runs on tokio's threads: it goes to a bounded pool
//! of plain threads with typst's stack ([`pool`]), and a full queue is a 503
//! at once rather than memory that grows.
//!
//! The modules, one concern each: [`config`] (what the command line sets),
//! [`server`] (sockets, connections, drain), [`app`] (routes and handlers),
//! [`body`] (reading a request's model and parts within limits),
//! [`options`] (query parameters), [`problem`] (RFC 9457 answers),
//! [`pool`], [`metrics`], [`log`], [`auth`], [`archive`] (ZIP),
//! [`openapi`], [`connections`] (the places under the connection limit),
//! [`unparsed`] (problem documents for heads hyper refuses).

mod accept;
pub mod app;
pub mod archive;
pub mod auth;
pub mod body;
pub mod config;
mod connections;
pub mod log;
pub mod metrics;
pub mod openapi;
pub mod options;
pub mod page;
pub mod pool;
pub mod problem;
pub mod server;
mod trim;
mod unparsed;

pub use config::Config;
pub use server::run;
