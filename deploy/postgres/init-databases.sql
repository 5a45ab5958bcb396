-- One database per service: services talk over HTTP, never through each other's tables.
CREATE DATABASE registry OWNER gvr;
CREATE DATABASE issuer OWNER gvr;
CREATE DATABASE verifier OWNER gvr;
