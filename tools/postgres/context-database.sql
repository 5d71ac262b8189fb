-- One context's database and login role (ARCHITECTURE §1). Run by ./nova up as the postgres
-- superuser, once per context, with -v role=nova_<context> and the password in the environment
-- variable NOVA_BOOTSTRAP_PASSWORD (never on the command line). Safe to run again: it also resets
-- the password and the privileges to what they must be.
\getenv password NOVA_BOOTSTRAP_PASSWORD

-- two launchers at once (two worktrees, a test tier beside ./nova up) would both find the role or the database
-- missing and both create it, one failing: this session-level lock makes them take turns; it ends with psql
SELECT pg_advisory_lock(hashtext('nova.context-database')) \gset

SELECT format('CREATE ROLE %I LOGIN', :'role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec

-- the statement below carries the password: keep it out of the server log whatever log_statement,
-- log_min_duration_statement or log_min_error_statement the cluster was given (superuser settings,
-- this session only)
SET log_statement = 'none';
SET log_min_duration_statement = -1;
SET log_min_error_statement = 'panic';
-- a context role is an ordinary login: it owns its database and nothing else
ALTER ROLE :"role" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
    PASSWORD :'password' CONNECTION LIMIT 60;
RESET log_statement;
RESET log_min_duration_statement;
RESET log_min_error_statement;

SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' TEMPLATE template0', :'role', :'role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'role') \gexec

-- nobody but the owner may even connect: another context's role is refused at login
REVOKE ALL ON DATABASE :"role" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"role" TO :"role";
