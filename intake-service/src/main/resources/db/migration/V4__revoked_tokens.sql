-- Sessions signed out before their token expired (the jti denylist, common's DatabaseRevokedTokens).
-- A row is only needed until the token expires; signing out deletes the rows that have.
create table revoked_token (
    jti        varchar(255) primary key,
    expires_at timestamptz  not null
);
create index revoked_token_expires_at on revoked_token (expires_at);
