"""cswriter: a writing assistant for Chinese customer-service work summaries (客服工作总结)."""

__version__ = "0.1.0"
