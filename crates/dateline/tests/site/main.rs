//! The site end to end: the real server on a free port, a real database file (or PostgreSQL
//! database) per test, spoken to over HTTP.

mod accessibility;
mod admin;
mod admin_api;
mod api;
mod browser;
mod cache;
mod demo;
mod editions;
mod feeds;
mod helpers;
mod import;
mod mirror;
mod newsletter;
mod openapi;
mod pages;
mod search;
mod smtp;
mod validity;
mod wordpress;
