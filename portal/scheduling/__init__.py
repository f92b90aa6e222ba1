"""Jobs apps add to the scheduler loop (manage.py run_scheduler), beside scheduled publishing."""
