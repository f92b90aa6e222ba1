"""Operations tooling: fault drills and backups, run against private throwaway services on loopback."""
