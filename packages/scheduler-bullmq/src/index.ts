export { BullmqScheduler, type BullmqSchedulerOptions } from './bullmq-scheduler.js';
