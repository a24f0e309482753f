-- The schemas a rebuild fills its copies in and moves the replaced tables to. They were created
-- by each rebuild with CREATE SCHEMA IF NOT EXISTS, which is not safe against itself: two read
-- models rebuilt at the same moment raced on it and one rebuild failed on a duplicate key.
CREATE SCHEMA IF NOT EXISTS rebuild;
CREATE SCHEMA IF NOT EXISTS retired;
