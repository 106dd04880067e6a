/**
 * This process's CPU time so far, in milliseconds: for the tests that guard against work growing
 * faster than its input. Not the clock, which a busy machine slows; the test workers are processes
 * of their own, so this is the test's work.
 */
export const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
