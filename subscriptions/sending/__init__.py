"""What the scheduler does each round for e-mail alerts: queue, send, remind, forget."""
