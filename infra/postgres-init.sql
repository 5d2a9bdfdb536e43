-- One database per service (DESIGN §3: no shared tables).
CREATE DATABASE request;
CREATE DATABASE policy;
CREATE DATABASE release;
CREATE DATABASE audit;
